# Weak references where CPython and Pyscope agree: live objects, callbacks, caches.
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Image({self.name!r})'


cache = weakref.WeakValueDictionary()
logo = Image('logo.png')
cache['logo'] = logo
r = weakref.ref(logo)
print(r() is logo, cache['logo'], 'logo' in cache, len(cache), r == weakref.ref(logo))
meta = weakref.WeakKeyDictionary()
meta[logo] = {'size': 10}
print(meta[logo], logo in meta)
members = weakref.WeakSet([logo])
print(logo in members, len(members))
bound = weakref.WeakMethod(logo.__repr__)
print(bound()(), type(r).__name__)
done = []
f = weakref.finalize(logo, done.append, 'cleanup')
print(f.alive, f(), f.alive, done, f())
for bad in (1, 'text', [1], (1,), {'a': 1}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)


class Slotted:
    __slots__ = ('x',)


class SlottedRef:
    __slots__ = ('x', '__weakref__')


try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError:', e)
keep = SlottedRef()
print(weakref.ref(keep)() is keep, weakref.getweakrefcount(logo) >= 1)
