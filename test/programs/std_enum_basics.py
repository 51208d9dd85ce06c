from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, '>12'), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__)
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color, type(Color), type(Color.RED))
print(1 in Color, Color.RED in Color, 'RED' in Color.__members__, list(reversed(Color)))
for bad in (lambda: Color(5), lambda: Color['X'], lambda: Color.RED < Color.BLUE):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    Color.RED = 3
except AttributeError as e: print(e)
try:
    class More(Color): X = 9
except TypeError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), list(Perm.R | Perm.X), bool(Perm(0)))
print(Perm.R in (Perm.R | Perm.W), repr(Perm(7)), (Perm.R|Perm.W).name, Perm(0).name, len(Perm.R|Perm.W))
class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(repr(P2.A | P2.C), str(P2.A|P2.C), P2.A + 1, repr(P2(8)), repr(P2.A | 8), repr(~P2.A), format(P2.B))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(repr(N.ONE), str(N.ONE), f"{N.TWO}", N.ONE + 1, N.ONE == 1, N(2), sorted([N.TWO, N.ONE]), [1,2,3][N.ONE])
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', S.B.upper(), f"{S.B}")
class Auto(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(Auto), Auto.W.value)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
A2 = Enum('A2', [('x', 10), ('y', 20)]); print(list(A2))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.MARS.gravity, 3), repr(Planet.MARS))
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(WithMissing(99))
print(Color.RED == Color.RED, Color.RED != Color.BLUE, hash(Color.RED) == hash('RED'), {Color.RED: 1})
print(isinstance(Color.RED, Color), isinstance(N.ONE, int), Color.RED.__class__.__name__)
print(enum.Enum, enum.EnumMeta is enum.EnumType, Color.__name__, Color.RED._name_, Color.RED._value_)
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def describe(self): return self.name.lower()
    @classmethod
    def favorite(cls): return cls.HAPPY
print(Mood.HAPPY.describe(), Mood.favorite(), Mood.SAD.value)
print(Perm.R.value, Perm['W'], Perm(6), [m for m in Perm])
