from enum import Enum, Flag, IntFlag, auto, StrEnum, IntEnum, ReprEnum, FlagBoundary, KEEP, STRICT
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0
print(repr(Perm), list(Perm), Perm.__members__, Perm.RW, repr(Perm.RW), Perm.NONE, repr(Perm.NONE))
try: Perm(9)
except ValueError as e: print(repr(str(e)))
print(auto(), repr(auto()), FlagBoundary.STRICT, repr(KEEP))
class Shape(int, Enum):
    A = 1
print(str(Shape.A), format(Shape.A), repr(Shape.A), Shape.A + 1)
print(Perm.R | Perm.W is Perm.RW, repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.RW))
try: Perm.R | 1
except TypeError as e: print(e)
try: 
    class E(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class Color(Enum):
    RED = 'r'
    def __str__(self): return self.name.title()
print(Color.RED, f"{Color.RED}", repr(Color.RED))
print(Perm.__class__, Perm.R.__class__, Color.RED.__hash__ is not None)
import enum
print(enum.__all__ if hasattr(enum,'__all__') else None)
x = Color.RED
print(x.name, x.value, dir(Color.RED)[:3] if False else '')
try: Color.RED.value = 3
except AttributeError as e: print(e)
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto()
print(list(Weekday), repr(Weekday.MON|Weekday.WED), Weekday.WED.value)
print(Perm(-1) if False else '', repr(~Perm.NONE), repr(~(Perm.R|Perm.W|Perm.X)))
print(list(Perm.RW), len(Perm), bool(Perm.NONE))
class Ord(IntEnum):
    A = 1
print(Ord.A < 2, max(Ord), Ord.A.real, Ord['A'])
print(Ord.A.__class__.__mro__)
print(Enum.__members__ if hasattr(Enum, '__members__') else 'x', len(Enum))
