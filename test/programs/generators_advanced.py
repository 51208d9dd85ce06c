def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
def grouper():
    results = []
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) == 2:
            return results
g = grouper()
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
g.send(None)
for v in [1, 2]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("results", e.value)
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_with_finally():
    print("v", v)
    break
print("after loop")
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
