def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
args = (1, 2)
kwargs = {"c": 9}
print(f(*args, **kwargs), f(*[1], **{"c": 0, "zz": 1}))
def h(*a, **k):
    return a, k
print(h(), h(1, x=2))
sq = lambda v: v * v
print(sq(7), list(map(sq, [1, 2, 3])), list(filter(lambda v: v % 2, range(6))))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
print(f.__name__, g.__code__.co_argcount, f.__defaults__, f.__kwdefaults__)
