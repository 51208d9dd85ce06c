import types
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.NoneType, types.MethodType)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
mp = types.MappingProxyType({'k': 1}); print(mp, mp['k'], len(mp), list(mp), 'k' in mp, type(mp))
try: mp['z'] = 2
except TypeError as e: print(e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 5}))
print(C, C.x, C.__name__)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
m = types.ModuleType('mymod'); m.x = 1; print(m, m.x, m.__name__)
class K: pass
def meth(self): return 'bound'
print(types.MethodType(meth, K())())
