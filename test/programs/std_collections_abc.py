from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence,
    MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible, KeysView)
import collections.abc
samples = [[], (), {}, set(), frozenset(), '', b'', range(3), iter([]), (x for x in []), len, 5, None, {}.keys(), bytearray()]
for abc in (Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible):
    print(abc.__name__.ljust(16), ''.join('1' if isinstance(s, abc) else '0' for s in samples))
class Bag(collections.abc.MutableSet):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return f"Bag({self.items})"
b = Bag('abc'); b |= {'d'}; print(b, b & Bag('bcx'), b - Bag('a'), Bag('ab') <= b, b == Bag('dcba'), b.isdisjoint('xyz'))
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = Seq(5); print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Reversible))
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1, 'b': 2}); print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, type(m.keys()).__name__)
class Bad(Sequence): pass
try: Bad()
except TypeError as e: print(e)
class Lst(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
l = Lst(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); print(l.d, l.pop(), l.d); l.remove(3); print(l.d)
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence), issubclass(str, Sequence))
class CallMe:
    def __call__(self): pass
class NoHash:
    __hash__ = None
print(isinstance(CallMe(), Callable), isinstance(NoHash(), Hashable), isinstance(CallMe(), Hashable))
def gen(): yield 1
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), issubclass(type(gen()), Iterable))
