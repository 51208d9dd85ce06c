def area(w, h):
    return w * h
print(area(2, 3))
try:
    area(1)
except TypeError as e:
    print(e)
try:
    area(1, 2, 3)
except TypeError as e:
    print(e)
try:
    area(1, 2, d=4)
except TypeError as e:
    print(e)
try:
    area(1, w=2)
except TypeError as e:
    print(e)
def kw(*, a, b): pass
try:
    kw()
except TypeError as e:
    print(e)
class K:
    def m(self, x): pass
try:
    K().m()
except TypeError as e:
    print(e)
try:
    len(1)
except TypeError as e:
    print(e)
try:
    nothing = None; nothing()
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    -"s"
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    {}[[1]] = 1
except TypeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print(e)
area(1, 2, 3)
