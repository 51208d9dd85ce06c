import copy
from collections import namedtuple, OrderedDict, Counter, deque, defaultdict
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[0], d is not cyc)
class Node:
    def __init__(self, v): self.v = v; self.children = []
    def __repr__(self): return f"Node({self.v}, {self.children})"
n = Node(1); n.children.append(Node(2)); n.children[0].parent = n
m = copy.deepcopy(n); print(m, m.children[0].parent is m, m is not n, copy.copy(n).children is n.children)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self): print('copy called'); return Custom(self.x)
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return Custom(copy.deepcopy(self.x, memo))
cc = copy.copy(Custom([1])); dc = copy.deepcopy(Custom([2])); print(cc.x, dc.x)
P = namedtuple('P', 'x y'); p = P([1], 2); q = copy.deepcopy(p); print(q, q.x is p.x, type(q).__name__, copy.copy(p))
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
od = OrderedDict(a=1, b=[2]); od2 = copy.deepcopy(od); od2['b'].append(3); print(od, od2, type(od2).__name__)
cnt = Counter('aab'); print(copy.copy(cnt), copy.deepcopy(cnt))
dq = deque([[1], 2], maxlen=3); dq2 = copy.deepcopy(dq) if hasattr(dq, '__deepcopy__') else copy.copy(dq); print(dq2)
dd = defaultdict(list, a=[1]); dd2 = copy.copy(dd); print(dd2, dd2.default_factory)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(Slots()); print(s.a, s.b)
class St:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self): d = dict(self.__dict__); del d['cache']; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
print(copy.deepcopy(St()).__dict__, copy.copy(St()).__dict__)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.copy(5), copy.deepcopy('s'), copy.copy(len) is len, copy.deepcopy({1, 2}), copy.copy(frozenset([1])))
dd3 = copy.deepcopy(defaultdict(list, z=[1])); dd3['z'].append(2); dd3['new']; print(dd3)
dq3 = copy.deepcopy(deque([[1]], maxlen=4)); print(dq3, dq3.maxlen)
