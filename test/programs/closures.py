def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)
def acc(total=0):
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc(); a(5); print(a(10))
g = 1
def setg():
    global g
    g = 2
setg(); print(g)
print(counter.__code__.co_cellvars, c.__code__.co_freevars, c.__closure__[0].cell_contents)
