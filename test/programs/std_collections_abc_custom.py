# Custom containers on top of collections.abc: a Mapping, a MutableSequence and a Set.
from collections.abc import Mapping, MutableSequence, Set, Iterable, Sized, Container, Hashable


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __hash__(self):
        return hash(frozenset(self._d.items()))

    def __repr__(self):
        return f'Frozen({self._d})'


f = Frozen(a=1, b=2)
print(f, f['a'], f.get('z', 0), 'b' in f, list(f.keys()), list(f.values()), dict(f.items()))
print(f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), len({f, Frozen(a=1, b=2)}))


class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)

    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(v).__name__}')
        return v

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = self._check(v)

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def __repr__(self):
        return f'TypedList({self.kind.__name__}, {self._items})'


t = TypedList(int, [3, 1, 2])
t.append(5)
t += [7]
t.reverse()
print(t, t.pop(), t.index(2), t.count(1), 2 in t, list(reversed(t)))
t.remove(1)
print(t, t[0], len(t))
try:
    t.append('x')
except TypeError as e:
    print('TypeError:', e)


class Interval(Set):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __len__(self):
        return max(0, self.hi - self.lo)

    @classmethod
    def _from_iterable(cls, it):
        return frozenset(it)


a, b = Interval(0, 5), Interval(3, 8)
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Interval(0, 10), a.isdisjoint(Interval(5, 9)))
print([isinstance(x, (Iterable, Sized, Container)) for x in (a, t, f)], isinstance(t, Hashable), isinstance(f, Hashable))
