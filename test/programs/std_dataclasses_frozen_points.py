# Frozen dataclasses as values: hashing, sets, dict keys, replace.
from dataclasses import dataclass, replace, FrozenInstanceError, field
import math


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def dist(self, other=None):
        other = other or Point(0, 0)
        return math.hypot(self.x - other.x, self.y - other.y)


a, b = Point(3, 4), Point(1, 1)
print(a, b, a + b, a.dist(), round(a.dist(b), 4))
visited = {a, b, Point(3, 4), Point(3.0, 4.0)}
print(len(visited), sorted(visited, key=lambda p: (p.x, p.y)))
labels = {Point(0, 0): 'origin', a: 'A'}
print(labels[Point(3, 4)], labels.get(Point(9, 9), '?'))
c = replace(a, y=-4)
print(c, a, c is a, hash(a) == hash(Point(3, 4)))
try:
    a.x = 10
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split('.')))


vs = [Version.parse(t) for t in ['1.2.3', '1.10', '0.9.9', '1.2']]
print(sorted(vs))
print(max(vs), Version(1, 2) == Version(1, 2, 0, 'rc'), Version(2) > Version(1, 99))


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    hits: int = field(default=0, hash=False, compare=False)


t = Tag('py')
s = {t}
t.hits += 1
print(t in s, t, hash(t) == hash(('py',)))
