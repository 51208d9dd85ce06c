t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t * 2, t + (4,), len(t), t.index(2), t.count(3))
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
a, b = b, a
print(a, b, (1,), (), tuple("ab"), (1, 2) < (1, 3), max((1, 'b'), (1, 'a')))
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print([(i, j) for i in range(2) for j in range(2)])
h, *m, t2 = range(6)
print(h, m, t2)
