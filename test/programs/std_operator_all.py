import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x'), attrgetter('x.y', 'z'), methodcaller('f', 1, k=2), methodcaller('g'))
print(itemgetter(1)([5, 6]), itemgetter(0, 2)('abc'), itemgetter(slice(1, None))('abc'))
class P:
    def __init__(s): s.x = 1; s.y = s
    def f(s, a, k=0): return a + k
print(attrgetter('x')(P()), attrgetter('y.x', 'x')(P()), methodcaller('f', 1, k=2)(P()))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-2), op.abs(-4), op.inv(5), op.invert(5), op.lshift(1, 3), op.rshift(8, 1), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1), op.not_(0), op.truth([]), op.concat([1], [2]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'), op.getitem({'a': 1}, 'a'), op.index(7), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.imul(2, 3), op.__add__(1, 1), op.__getitem__('ab', 0), op.call(len, 'abc'), op.matmul.__name__)
try: op.indexOf([1], 5)
except ValueError as e: print(e)
try: op.concat(1, 2)
except TypeError as e: print(e)
try: itemgetter()
except TypeError as e: print(e)
try: attrgetter(1)
except TypeError as e: print(e)
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=itemgetter(0, 1)), sorted(['bb', 'a', 'ccc'], key=len), op.itemgetter(1).__class__.__name__)
