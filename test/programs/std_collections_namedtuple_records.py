# Records with namedtuple: sorting, grouping, defaults, _replace and _asdict.
from collections import namedtuple
from operator import attrgetter, itemgetter

Student = namedtuple('Student', 'name grade age', defaults=[18])
roster = [Student('ann', 91), Student('bob', 78, 19), Student('cid', 85), Student('dee', 91, 17)]
for s in sorted(roster, key=attrgetter('grade', 'name'), reverse=True):
    print(f'{s.name:<4}{s.grade:>4}{s.age:>4}')
print(roster[0], roster[0]._asdict(), Student._fields, Student._field_defaults)
best = max(roster, key=itemgetter(1))
print(best, best._replace(grade=100), best.grade)
name, grade, age = roster[1]
print(name, grade, age, roster[1][0], roster[1][-1])
print(Student._make(['eve', 70, 20]), Student(**{'name': 'fay', 'grade': 88}))
Point = namedtuple('Point', ['x', 'y'])


class Vector(Point):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(1, 1)
print(v, v.norm, isinstance(v, tuple), Vector(3, 4).norm, v == (4, 5))
Pair = namedtuple('Pair', 'left, right', rename=False)
print(Pair(1, 2), Pair(right=1, left=2), hash(Pair(1, 2)) == hash((1, 2)))
Row = namedtuple('Row', ['id', 'class', 'def', 'id'], rename=True)
print(Row._fields, Row(1, 2, 3, 4))
try:
    Student('x')
except TypeError as e:
    print('TypeError:', e)
try:
    roster[0].grade = 5
except AttributeError as e:
    print('AttributeError:', e)
