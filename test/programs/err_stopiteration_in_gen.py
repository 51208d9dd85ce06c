def g():
    yield 1
    next(iter([]))
print(list(g()))
