from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return 'sq'
s = Sq2(3); print(s.area(), s.perimeter(), s.name, isinstance(s, Shape), sorted(Shape.__abstractmethods__), Sq2.__abstractmethods__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg), isinstance('x', Reg))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook), type(Hook), type(ABC), ABC.__abstractmethods__ if hasattr(ABC,'__abstractmethods__') else None)
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
try: M()
except TypeError as e: print(e)
print(abc.get_cache_token() is not None, Shape.area.__isabstractmethod__)
