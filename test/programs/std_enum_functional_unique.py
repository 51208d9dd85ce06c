# Enum's functional API, unique, _generate_next_value_, _missing_ and aliases.
from enum import Enum, IntEnum, StrEnum, unique, auto

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal['DOG'], len(Animal))
Shape = Enum('Shape', [('CIRCLE', 'c'), ('SQUARE', 's')])
print(list(Shape), Shape('s'))
Level = IntEnum('Level', {'LOW': 10, 'HIGH': 30})
print(list(Level), Level.LOW < Level.HIGH, Level.HIGH - Level.LOW, sorted([Level.HIGH, 20, Level.LOW]))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * (count + 1)
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()


print([o.value for o in Ordinal])


class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = 'off'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('ACTIVE'), Status('Off'), repr(Status.ACTIVE), Status.ACTIVE.upper(), '-'.join(Status))
try:
    Status('x')
except ValueError as e:
    print('ValueError:', e)


class Size(Enum):
    S = 1
    SMALL = 1
    M = 2
    MEDIUM = 2
    L = 3


print(list(Size), Size.SMALL, Size.SMALL is Size.S, [n for n, m in Size.__members__.items() if n != m.name])
try:
    unique(Size)
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(Fine.A, Fine.B.name)
