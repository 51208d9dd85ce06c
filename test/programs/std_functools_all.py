import functools
from functools import partial, reduce, lru_cache, cache, wraps, total_ordering, cached_property, singledispatch, cmp_to_key, update_wrapper, partialmethod
def power(base, exp=2, *, mod=None): return base ** exp if mod is None else pow(base, exp, mod)
sq = partial(power, exp=2); cube = partial(power, exp=3)
print(sq(5), cube(2), sq.func is power, sq.args, sq.keywords, repr(partial(power, 2, mod=5)).replace(hex(id(power)), 'X'))
p2 = partial(partial(power, 3), mod=7); print(p2.args, p2.keywords, p2(4), p2.func is power)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info()); fib.cache_clear(); print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@lru_cache(maxsize=2)
def sq2(x): print('compute', x); return x * x
sq2(1); sq2(2); sq2(1); sq2(3); sq2(2); print(sq2.cache_info(), sq2.cache_parameters())
@lru_cache
def add(a, b=1): return a + b
print(add(1), add(1, b=1), add(a=1), add.cache_info())
@cache
def f(x): return x
f(1); f(1); print(f.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(name: str) -> str:
    """Say hello."""
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class NoOrd: pass
except ValueError as e: print(e)
class C:
    def __init__(self): self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1; return 42
c = C(); print(c.value, c.value, c.calls, 'value' in c.__dict__, C.value.__class__.__name__)
del c.value; print(c.value, c.calls)
@singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
@show.register(str)
def _s(x): return 'str ' + x
print(show(1), show([1, 2]), show('a'), show(2.5), show(True), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, s): self.alive = s
    set_alive = partialmethod(set_state, True)
cc = Cell(); cc.set_alive(); print(cc.alive)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try: partial()
except TypeError as e: print(e)
try: partial(5)
except TypeError as e: print(e)
print(type(fib).__name__, repr(sq2.cache_info()))
class Mth:
    @lru_cache
    def m(self, x): return x * 2
print(Mth().m(3))
