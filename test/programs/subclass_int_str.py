class MyInt(int):
    def double(self): return self * 2
a = MyInt(5)
print(a, repr(a), a + 1, 1 + a, a * a, -a, a == 5, 5 == a, a < 6, hash(a) == hash(5), a.double())
print([10, 20, 30, 40, 50, 60][a], range(a), str(a), f"{a:>4}", "%d" % a, int(a), type(int(a)))
print(isinstance(a, int), bool(a), a.bit_length(), a.real, float(a), abs(MyInt(-3)), divmod(a, 2), a // 2, a ** 2)
d = {5: 'five'}; print(d[a], a in d, {a: 1})
print(sorted([MyInt(3), 1, MyInt(2)]), max(a, 3), sum([a, a]), round(a), format(a, 'x'), hex(a), bin(a))
class Name(str):
    def shout(self): return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n + 'x', 'x' + n, n.shout(), len(n), n[0], n == 'bob', 'bob' == n, {'bob': 1}[n], n in {'bob'})
print(f"{n}", f"{n!r}", '-'.join([n, n]), n * 2, 'o' in n, n.startswith('b'), str(n), type(str(n)).__name__)
print(isinstance(n, str), sorted([Name('b'), 'a']), n.split('o'), "%s" % n, n.__class__.__name__, getattr(n, 'shout')())
n.extra = 3; print(n.extra, a.__dict__)
class I2(int):
    def __new__(cls, v, label):
        o = int.__new__(cls, v); o.label = label; return o
    def __repr__(self): return f"I2({int(self)}, {self.label!r})"
x = I2(7, 'seven'); print(x, repr(x), x + 1, [x])
print(int.__add__(a, 2), str.upper(n))
