# A wrong call to a dataclass's generated __init__ left uncaught: the traceback shows only
# the caller's line, as CPython's (the generated function's argument binding fails first).
from dataclasses import dataclass, field
from collections import namedtuple


@dataclass
class Order:
    item: str
    qty: int = 1
    notes: list = field(default_factory=list)


Pair = namedtuple('Pair', 'a b', defaults=[0])
print(Order('tea'), Order.__init__.__defaults__, Pair(1), Pair.__new__.__defaults__)
print(Order.__init__.__code__.co_varnames, Pair.__new__.__code__.co_argcount)
for call in (lambda: Pair(), lambda: Pair(1, 2, 3), lambda: Order('x', qty=1, qty2=2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
Order(qty=3)
