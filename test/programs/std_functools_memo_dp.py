# Dynamic programming with lru_cache/cache, partial application and reduce.
from functools import lru_cache, cache, partial, reduce
import operator


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance('kitten', 'sitting'), edit_distance('flaw', 'lawn'), edit_distance.cache_info())


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print([ways(n) for n in range(0, 21, 5)], ways.cache_info().hits > 0)
ways.cache_clear()
print(ways.cache_info())


@lru_cache(maxsize=3)
def slow_square(x):
    print('  computing', x)
    return x * x


for x in [1, 2, 1, 3, 4, 1, 2]:
    slow_square(x)
print(slow_square.cache_info(), slow_square.cache_parameters())

int2 = partial(int, base=2)
print(int2('1011'), int2('111', base=10), int2.func, int2.keywords, repr(int2))
greet = partial('{} {}!'.format, 'Hello')
print(greet('world'), greet('there'))
print(reduce(operator.mul, range(1, 11)), reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
print(reduce(max, [3, 9, 2]), reduce(operator.or_, [{1}, {2}, {1, 3}]))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s.replace(' ', '_'))('  a b c '))
