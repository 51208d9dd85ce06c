import time
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache)
def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("x"))
def counted(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls)
def trace(fn):
    depth = [0]
    def inner(n):
        print("  " * depth[0] + f"-> {fn.__name__}({n})")
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return inner
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return self.fn(*a) * 10
@Deco
def one():
    return 1
print(one(), type(one).__name__)
