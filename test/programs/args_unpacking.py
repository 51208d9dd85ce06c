def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(1, *[2, 3], *(4,), a=1, **{"b": 2}, **{"c": 3}))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(**{"x": 1, "y": 2, "z": 3}), point(1, *[2], z=5))
first, *middle, last = "python"
print(first, middle, last)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
print(*"abc", sep="-")
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
def kwonly(a, *, key=None, **rest):
    return a, key, rest
print(kwonly(1), kwonly(1, key=2, extra=3))
try:
    point(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print(e)
