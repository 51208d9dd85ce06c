# The itertools recipes a course meets.
from itertools import (chain, combinations, count, cycle, groupby, islice, pairwise,
                       product, permutations, repeat, starmap, tee, zip_longest, accumulate,
                       batched, filterfalse, takewhile)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)


def grouper(iterable, n, fillvalue=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)


def run_length(text):
    return [(ch, len(list(g))) for ch, g in groupby(text)]


print(take(5, count(10, 5)), take(7, cycle('ab')), list(repeat(0, 3)))
print(list(powerset('abc')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABbCcAD', key=str.lower)))
print(list(sliding_window(range(6), 3)), list(pairwise('wxyz')))
print(list(grouper('ABCDEFG', 3, 'x')), list(batched('ABCDEFG', 3)))
print(run_length('aaabccddddd'))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate(range(1, 6), operator.mul)))
print(list(starmap(operator.pow, product(range(1, 4), repeat=2))))
print(sum(1 for p in permutations('abcd') if p[0] < p[-1]), list(takewhile(lambda x: x * x < 30, count())))
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({total: dice.count(total) for total in range(2, 13)})
