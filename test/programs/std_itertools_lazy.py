from itertools import *
g = groupby(count(), key=lambda x: x // 3)
for _ in range(3):
    k, grp = next(g); print(k, list(grp))
k, grp = next(g); next(g); print(k, list(grp))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0])
print({k: list(v) for k, v in groupby(data, key=lambda w: w[0])})
a, b = tee(count(1)); print(list(islice(a, 5)), next(b), list(islice(b, 2)))
def primes():
    seen = []
    for n in count(2):
        if all(n % p for p in seen):
            seen.append(n); yield n
print(list(islice(primes(), 10)), list(takewhile(lambda p: p < 20, primes())))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(accumulate('abc')))
print(list(starmap(lambda a, b: a * b, zip(count(1), 'abc'))), list(zip('ab', count())))
it = iter(range(10)); print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(chain.from_iterable(combinations(range(4), r) for r in range(3))))
print(sum(1 for _ in product(range(10), repeat=4)), len(list(combinations(range(20), 3))), list(permutations([1, 2, 2]))[:3])
c = cycle([1, 2]); print([next(c) for _ in range(5)], repr(count(10, 0.25)), repr(count(-1, -1)))
r = repeat('a', 2); next(r); print(repr(r), list(r), repr(r))
print(list(compress(range(10), cycle([1, 0]))), list(filterfalse(lambda x: x % 3, range(10))))
print(list(zip_longest('ab', 'cde', 'f')), list(batched(range(7), 3)), list(pairwise(range(5))))
