import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator, Sequence,
    Mapping, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, ClassVar, Final, Literal, Type,
    cast, overload, get_type_hints, get_origin, get_args, NewType, Annotated, NoReturn, Never, Self, TYPE_CHECKING, AnyStr, Generator, Deque, DefaultDict, Counter as TCounter)
print(Any, Optional[int], Union[int, str], Union[int], Union[int, None], Optional[Union[int, str]], List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Set[int], FrozenSet[str])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Sequence[str], Mapping[str, List[int]], Literal['a', 1], ClassVar[int], Final[int], Type[int], Annotated[int, 'meta'])
print(List, Dict, Callable, Optional, Union, Generator[int, None, None], NoReturn, Never, Self, TYPE_CHECKING, AnyStr, Deque[int], DefaultDict[str, int])
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__, List[T], Dict[K, T])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Union[int, str] == (int | str), List[int] == List[int], List[int] == list[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(int | str), get_args(int | str), get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Annotated[int, 'x']), get_origin(int))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__ if hasattr(Stack, '__parameters__') else None, Stack.__mro__)
class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee('bob'); print(e, e._fields, Employee._field_defaults, Employee.__annotations__, isinstance(e, tuple), e._replace(id=9))
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'x'))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'x', 'year': 1}; print(m, Movie(title='y', year=2), type(Movie(title='y', year=2)), Movie.__required_keys__ == frozenset({'title', 'year'}), Movie.__annotations__)
class M2(TypedDict, total=False):
    a: int
print(M2.__total__, sorted(M2.__optional_keys__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class P2(Protocol):
    def f(self): ...
try: isinstance(F(), P2)
except TypeError as e: print(e)
try: P2()
except TypeError as e: print(e)
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__)
def g(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(g), cast(int, 'x'), g.__annotations__)
class A:
    x: int
    y: 'List[int]'
print(get_type_hints(A))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3), len(typing.get_overloads(h)))
try: Union[int, 3]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), isinstance(3, typing.Hashable))
try: isinstance([], List[int])
except TypeError as e: print(e)
print(typing.Text, typing.SupportsInt, typing.IO, repr(typing.Optional[List[int]]))
print(Tuple[int, str], Tuple, tuple[int, str], Callable[[], None], Union[int, List[int]])
