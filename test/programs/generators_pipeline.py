def read_lines():
    for line in ["10 apples", "3 pears", "", "7 plums", "x bad"]:
        yield line
def parse(lines):
    for line in lines:
        if not line:
            continue
        n, _, name = line.partition(" ")
        try:
            yield int(n), name
        except ValueError:
            print("skip", repr(line))
def total(items):
    s = 0
    for n, name in items:
        s += n
        yield name, s
for name, running in total(parse(read_lines())):
    print(name, running)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
gen = naturals()
print(next(gen), next(gen), gen.__name__, type(gen).__name__)
def g2():
    x = yield
    while x is not None:
        x = yield x * 2
c = g2(); next(c)
print(c.send(5), c.send(10))
try:
    c.send(None)
except StopIteration:
    print("stopped")
def ret():
    yield 1
    return "done"
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value)
