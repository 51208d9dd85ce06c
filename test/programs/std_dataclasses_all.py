from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass, KW_ONLY, MISSING
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); print(p, Point(1, 2, ['a']), p == Point(1), p != Point(2), Point.__init__.__qualname__ if hasattr(Point.__init__, '__qualname__') else '')
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try: bad()
    except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False, repr=False)
c = Card(3, 'h'); print(c, c < Card(4, 'a'), sorted([Card(5, 'x'), Card(2, 'y')]), hash(c) == hash((3,)), c == Card(3, 'zz'))
try: c.rank = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del c.rank
except FrozenInstanceError as e: print(type(e).__name__, e)
print([f.name for f in fields(Card)], fields(Point)[2].default_factory, fields(Point)[0].type)
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = 0.0
    count: ClassVar[int] = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.price *= scale
        Inv.count += 1
i = Inv('pen', 2, 1.5, 2); print(i, Inv.count, asdict(i), astuple(i), replace(i, qty=10, scale=3))
@dataclass
class Nest:
    p: Point
    items: List[Point] = field(default_factory=list)
    d: dict = field(default_factory=dict)
n = Nest(Point(1, 2), [Point(3)], {'k': Point(4)}); print(asdict(n)); print(astuple(n))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5), type(MISSING).__name__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)))
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.0
    a: int = 5
print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class Rec:
    name: str
    kids: list = field(default_factory=list)
r = Rec('a'); r.kids.append(r); print(r)
print(repr(fields(Point)[1]).split(",default_factory")[0])
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try: replace(p, nope=1)
except TypeError as e: print(e)
@dataclass(frozen=True)
class F2:
    a: int
    def __post_init__(self): object.__setattr__(self, 'a', self.a * 2)
print(F2(3), Point.__match_args__, Point.__dataclass_fields__.keys())
print(Point.__eq__(p, 5))
