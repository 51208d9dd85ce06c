# Dataclass inheritance, __post_init__, InitVar, kw_only, slots, ClassVar.
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
from typing import ClassVar


@dataclass
class Animal:
    name: str
    sound: str = '...'
    count: ClassVar[int] = 0

    def __post_init__(self):
        Animal.count += 1

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)


@dataclass
class Cat(Animal):
    lives: int = 9
    indoor: bool = True

    def __post_init__(self):
        super().__post_init__()
        if not self.indoor:
            self.lives -= 1


d = Dog('rex', tricks=['sit'])
c = Cat('tom', indoor=False)
print(d, c, d.speak(), c.speak(), Animal.count)
print([f.name for f in fields(Cat)], Dog.__match_args__)


@dataclass
class Account:
    owner: str
    opening: InitVar[float] = 0.0
    balance: float = field(init=False)
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self, opening):
        self.balance = opening
        self.history.append(('open', opening))


acct = Account('ann', 50)
print(acct, acct.history, [f.name for f in fields(acct)])


@dataclass
class Config:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3


print(Config('a.txt'), Config('b', verbose=True, retries=1))
try:
    Config('c', True)
except TypeError as e:
    print('TypeError:', e)


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = 'black'


px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, '__dict__'))
try:
    px.alpha = 0.5
except AttributeError as e:
    print('AttributeError:', e)


@dataclass(kw_only=True)
class Options:
    width: int = 80
    height: int


print(Options(height=24), Options(width=100, height=5))
match Dog('fido'):
    case Dog(name, sound):
        print('matched', name, sound)
