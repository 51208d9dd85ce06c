def numbers(n):
    for i in range(n):
        yield i
def evens(n):
    for x in numbers(n):
        if x % 2 == 0:
            yield x
def chain(n):
    yield from evens(n)
    yield from numbers(n // 2)
total = 0
for k in range(40):
    total += sum(chain(100000))
print(total)
