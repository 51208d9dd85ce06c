from array import array
import array as arr_mod
a = array('i', [1, 2, 3]); a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a[1], a[-1], a[1:3], len(a), a.itemsize, a.typecode, a.tolist(), a.index(3), a.count(2), 3 in a)
print(a.pop(), a.pop(0), a, sum(a), max(a), list(reversed(a)))
a.remove(3); a.reverse(); print(a, a * 2, a + array('i', [9]), a == array('i', [5, 4, 2, 1]), a < array('i', [6]))
b = array('b', [1, -2]); print(b.tobytes(), array('H', [1, 258]).tobytes(), array('d', [1.5]).tobytes(), array('f', [0.1])[0], array('l').itemsize, array('q', [2**40]).tobytes())
print(array('u', 'hello'), array('u', 'hi').tounicode(), array('d'), array('B', b'ab'), repr(array('d', [1.0, 2.5])))
c = array('B'); c.frombytes(b'\x01\x02'); c.fromlist([3]); print(c, array('i', range(3)), array('h', (1, 2)))
for bad in [lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', [1.5]), lambda: array('x'), lambda: array('i', 'ab'), lambda: array('i', [1]).index(5), lambda: array('i', [1]) + array('d', [1.0]), lambda: array('h', [40000]), lambda: array('i').pop(), lambda: array('i', [1]).__setitem__(0, 'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(arr_mod.typecodes, [array(t).itemsize for t in 'bBhHiIlLqQfd'])
d = array('d', [3.0, 1.0, 2.0]); d[0] = 7; print(d, sorted(d), d.buffer_info()[1])
s = array('i', [1, 2, 3, 4, 5]); s[1:3] = array('i', [9, 9, 9]); del s[0]; print(s, s[::2], array('i', [1, 2]) * 0)
vals = [0.1, -2.5, 1e-40, 3.4e38, 1e-320, 123456.789, 5e-324, 1.0000001, float('inf')]
print([x for x in array('f', vals[:6])], array('d', vals).tobytes().hex(), array('f', [0.1, -2.5, 1e-40]).tobytes().hex())
b = array('d'); b.frombytes(array('d', vals).tobytes()); print(b.tolist() == vals)
