import weakref
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Node({self.name})'
n = Node('a'); r = weakref.ref(n)
print(r() is n, r() , type(r).__name__, weakref.getweakrefcount(n), r == weakref.ref(n), hash(r) == hash(n))
for bad in [lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: weakref.ref('s'), lambda: weakref.ref({})]:
    try: bad()
    except TypeError as e: print(e)
calls = []
r2 = weakref.ref(n, lambda ref: calls.append('dead'))
d = weakref.WeakValueDictionary(); d['x'] = n; print(d['x'], len(d), 'x' in d, list(d.keys()), dict(d.items()))
k = weakref.WeakKeyDictionary(); k[n] = 1; print(k[n], len(k), n in k, list(k.values()))
s = weakref.WeakSet([n]); print(len(s), n in s)
f = weakref.finalize(n, calls.append, 'finalized'); print(f.alive); f(); print(f.alive, calls, f())
p = weakref.proxy(n); print(p.name, isinstance(p, Node))
m = weakref.WeakMethod(n.__repr__); print(m()())
print(weakref.ReferenceType is weakref.ref, callable(r))
try: d['nope']
except KeyError as e: print('KeyError', e)
