# Generic containers with TypeVar, Protocol checks and get_type_hints.
from typing import (Generic, TypeVar, Optional, Protocol, runtime_checkable, Iterator,
                    get_type_hints, Callable, Union, List, Dict, Any)
from dataclasses import dataclass

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def __repr__(self):
        return f'Pair({self.key!r}, {self.value!r})'


s: Stack[int] = Stack[int]()
for i in range(4):
    s.push(i * i)
print(list(s), s.pop(), s.peek(), len(s), Stack[int], Stack.__parameters__, Pair[str, int])
print(Pair('a', 1), Pair.__parameters__, Stack[str]().__orig_class__)
try:
    Stack[int, str]
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


@dataclass
class Square:
    side: float

    def area(self) -> float:
        return self.side ** 2


class Blob:
    pass


shapes: List[Any] = [Square(2), Blob(), Square(3)]
print([isinstance(x, SupportsArea) for x in shapes], sum(x.area() for x in shapes if isinstance(x, SupportsArea)))


def apply(fn: Callable[[int], int], values: 'List[int]', default: Union[int, None] = None) -> Dict[str, int]:
    return {str(v): fn(v) for v in values}


print(apply(lambda v: v * 2, [1, 2]))
print(get_type_hints(apply))
print(get_type_hints(Square), apply.__annotations__['values'])
