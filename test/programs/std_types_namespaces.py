# SimpleNamespace, MappingProxyType, new_class and the type names in types.
import types

cfg = types.SimpleNamespace(host='localhost', port=8080)
cfg.debug = True
print(cfg, cfg.port, vars(cfg), cfg == types.SimpleNamespace(**vars(cfg)))
del cfg.debug
print(cfg, hasattr(cfg, 'debug'))
try:
    types.SimpleNamespace({'x': 1}, y=2)
except TypeError as e:
    print('TypeError:', e)
point = types.SimpleNamespace(x=1, y=2)
print(point)

settings = {'theme': 'dark'}
view = types.MappingProxyType(settings)
print(view, view['theme'], len(view), list(view.items()), 'theme' in view)
settings['size'] = 12
print(view, view.get('size'), view.copy())
try:
    view['theme'] = 'light'
except TypeError as e:
    print('TypeError:', e)


def body(ns):
    ns['greet'] = lambda self: f'hi from {type(self).__name__}'
    ns['kind'] = 'dynamic'


Dyn = types.new_class('Dyn', (object,), {}, body)
print(Dyn().greet(), Dyn.kind, Dyn.__name__)
Meta = type('Meta', (type,), {'tag': 'meta'})
WithMeta = types.new_class('WithMeta', (), {'metaclass': Meta})
print(type(WithMeta).__name__, WithMeta.tag)


def gen():
    yield 1


checks = [
    (gen, types.FunctionType), (gen(), types.GeneratorType), (len, types.BuiltinFunctionType),
    (types, types.ModuleType), (None, types.NoneType), (Dyn().greet, types.MethodType),
    ((lambda: 0), types.LambdaType), (list[int], types.GenericAlias), (int | str, types.UnionType),
]
print([isinstance(obj, t) for obj, t in checks])
mod = types.ModuleType('scratch', 'a scratch module')
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value)
