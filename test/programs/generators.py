def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def delegate():
    r = yield from inner()
    yield f"inner returned {r}"
def inner():
    yield 1
    yield 2
    return 3
print(list(delegate()))
gen = (x * x for x in range(4))
print(gen.__class__.__name__, list(gen), list(gen))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing(); print(next(c)); c.close()
def thrower():
    try:
        yield 1
    except KeyError as k:
        yield f"caught {k!r}"
t = thrower(); next(t); print(t.throw(KeyError("k")))
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
