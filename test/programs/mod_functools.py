from functools import reduce, partial, lru_cache, wraps, cmp_to_key
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
base2 = partial(int, base=2)
print(base2("1011"), partial(pow, 2)(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.neg(5), operator.attrgetter("real")(3))
