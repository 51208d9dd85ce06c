from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, d.pop(), d.popleft(), d, len(d))
d.rotate(1); print(d)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, list(q))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"])
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple))
od = OrderedDict()
od["b"] = 1; od["a"] = 2
od.move_to_end("b")
print(od, list(od))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
