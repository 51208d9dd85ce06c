class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vector({', '.join(map(str, self.xs))})"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, o):
        return Vector(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return Vector(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return self.xs == o.xs
    def __lt__(self, o):
        return sum(self.xs) < sum(o.xs)
    def __bool__(self):
        return any(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __call__(self, i):
        return self.xs[i] * 100
v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v * 2, 3 * v, -v, len(v), v[0], v[-1], v == Vector(1, 2, 3), v < w)
print(bool(Vector(0, 0)), bool(v), list(v), 2 in v, 7 in v, v(1), sorted([w, v]))
print(max([w, v]), [x for x in v], sum(v), *v)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
    def __hash__(self):
        return hash(self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
m = Money(1234)
print(m, repr(m), [m], f"[{m:>10}]", str(m), {m, Money(1234)})
