# NamedTuple, TypedDict, NewType, Literal and Final at run time.
from typing import NamedTuple, TypedDict, NewType, Literal, Final, Optional, get_args, get_origin, cast


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_by(self, pct: float) -> 'Employee':
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


staff = [Employee('ann', 'eng', 90000), Employee('bob', 'ops'), Employee('cid', 'eng', 75000)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(e)
print(staff[1].raise_by(10), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(isinstance(staff[0], tuple), staff[0]._asdict())


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: float


m: Movie = {'title': 'Up', 'year': 2009}
r = Rated(title='Heat', year=1995, stars=4.5)
print(m, r, type(r).__name__, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__supertype__, UserId)
Mode = Literal['r', 'w']
print(Mode, get_args(Mode), get_origin(Mode) is Literal, get_args(Optional[str]))
MAX: Final = 10
print(MAX, cast(str, 5), cast('int', 'x'))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)
Point3 = NamedTuple('Point3', [('x', int), ('y', int), ('z', int)])
print(Point3(1, 2, 3), Point3.__annotations__)
