from collections import namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict
P = namedtuple('Point', 'x y')
p = P(1, 2); print(p, p.x, p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, P.__doc__, p._field_defaults)
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: p._replace(z=1), lambda: namedtuple('A', 'x x'), lambda: namedtuple('A', '_x'), lambda: namedtuple('A', 'class'), lambda: namedtuple('1A', 'x'), lambda: P._make([1])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
R = namedtuple('R', ['a', 'def', 'a', '_b'], rename=True); print(R._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3]); print(D(1), D._field_defaults, D(1, c=9))
print(P.x, type(P.x).__name__ if False else '', P.__module__, P.__name__, P.__qualname__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p; print(x, y, p[0], p[-1], len(p), list(p))
class P3(namedtuple('P3', 'x y z')):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm(), P3(1, 2, 3))
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c | c2, -c2, +Counter(a=-1, b=2))
c.update('aaa'); c.subtract({'b': 10}); print(c, c.most_common())
print(Counter(), repr(Counter({'x': 0})), Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4}), cm.parents)
cm['z'] = 0; print(cm.maps[0]); del cm['a']; print(cm)
try: del cm['b']
except KeyError as e: print('KeyError', e)
d = deque([1, 2, 3], maxlen=5); d.extend([4, 5, 6]); print(d, d.maxlen); d.rotate(2); print(d); d.rotate(-1); print(d)
d.appendleft(0); print(d, d.popleft(), d.pop(), d, d.index(3), d.count(4), 4 in d, d[0], d[-1])
d2 = deque(); 
for f in [d2.pop, d2.popleft, lambda: d2[0], lambda: deque([1]).index(5), lambda: deque('a', maxlen=-1), lambda: deque() + []]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(deque('abc') + deque('de'), deque('ab') * 2, deque([1,2]) < deque([1,3]), list(reversed(deque('abc'))))
d3 = deque('abcd'); d3.insert(1, 'X'); del d3[0]; d3.remove('c'); print(d3, d3.copy(), bool(deque()))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd), defaultdict(None), defaultdict(int, a=1))
try: defaultdict(None)['x']
except KeyError as e: print('KeyError', e)
dd2 = defaultdict(lambda: 'x'); print(dd2[3], len(dd2))
