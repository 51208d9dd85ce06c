# An LRU cache built on OrderedDict, plus OrderedDict's own behaviour.
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('  evict', evicted)


cache = LRU(3)
for op in ['put a 1', 'put b 2', 'put c 3', 'get a', 'put d 4', 'get b', 'get c', 'put e 5', 'get a']:
    parts = op.split()
    if parts[0] == 'put':
        cache.put(parts[1], int(parts[2]))
    else:
        print('get', parts[1], cache.get(parts[1]))
print(cache.data, cache.hits, cache.misses)

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od, list(od), next(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1) | {'z': 0}, dict(OrderedDict(x=1)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
