# An abstract Shape hierarchy: abstract methods and properties, register, __subclasshook__.
from abc import ABC, abstractmethod, ABCMeta
import math


class Shape(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    def area(self): ...

    def describe(self):
        return f'{self.name} with area {self.area():.2f}'


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    name = 'circle'

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def name(self):
        return 'rect'

    def area(self):
        return self.w * self.h


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__, Rect.__abstractmethods__)
print(isinstance(shapes[0], Shape), issubclass(Rect, Shape), type(Shape).__name__)


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any('draw' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Sprite:
    def draw(self):
        return 'sprite'


class Text:
    pass


print(isinstance(Sprite(), Drawable), isinstance(Text(), Drawable), issubclass(Sprite, Drawable))
Drawable.register(Text)
print(isinstance(Text(), Drawable), issubclass(int, Drawable))


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self): ...


class A(Plugin):
    def run(self):
        return 'A ran'


class B(A):
    pass


print(Plugin.registry, B().run(), isinstance(B(), Plugin))
try:
    Shape.register(5)
except TypeError as e:
    print('TypeError:', e)
