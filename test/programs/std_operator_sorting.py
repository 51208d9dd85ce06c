# Sorting and folding with operator's function forms.
from operator import itemgetter, attrgetter, methodcaller, add, mul, neg, truth
from functools import reduce
from collections import namedtuple

City = namedtuple('City', 'name country pop')
cities = [City('Lyon', 'FR', 0.52), City('Paris', 'FR', 2.1), City('Bonn', 'DE', 0.33),
          City('Berlin', 'DE', 3.6), City('Nice', 'FR', 0.34)]
print([c.name for c in sorted(cities, key=attrgetter('country', 'name'))])
print([c.name for c in sorted(cities, key=attrgetter('pop'), reverse=True)])
rows = [('b', 2, 9.5), ('a', 2, 1.0), ('c', 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)), itemgetter(2)(rows[0]))
words = ['Banana', 'apple', 'Cherry']
print(sorted(words, key=methodcaller('lower')), list(map(methodcaller('center', 9, '*'), words)))
print(reduce(add, [1, 2, 3, 4]), reduce(mul, range(1, 6)), list(map(neg, [1, -2])), list(filter(truth, [0, 1, '', 'x'])))
print(itemgetter('k', 'v')({'k': 1, 'v': 2}), attrgetter('name', 'pop')(cities[0]))
print(max(cities, key=attrgetter('pop')).name, min(rows, key=itemgetter(2)))
totals = {}
for c in cities:
    totals[c.country] = add(totals.get(c.country, 0), c.pop)
print({k: round(v, 2) for k, v in sorted(totals.items(), key=itemgetter(1))})
