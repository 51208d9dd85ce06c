x = "module"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(3):
    incr()
print(counter)
def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
add = make()
add(1); print(add(2))
class C:
    attr = 10
    vals = [attr * i for i in range(3)] if False else None
    def m(self):
        return C.attr
print(C().m(), C.vals)
def f():
    print(locals())
    a = 1
    print(sorted(locals()))
f()
