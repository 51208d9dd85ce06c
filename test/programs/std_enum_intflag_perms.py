# Unix-like permissions with IntFlag and Flag.
from enum import IntFlag, Flag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


def show(mode):
    return ''.join(ch if mode & p else '-' for ch, p in zip('rwx', (Perm.R, Perm.W, Perm.X)))


for mode in (7, 6, 5, 4, 0):
    p = Perm(mode)
    print(mode, show(p), repr(p), str(p), format(p, '03b'), list(p))

rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 6, rw + 1, Perm.R in rw, Perm.X in rw, ~Perm.X, repr(~rw))
print(repr(Perm(8)), repr(Perm.R | 16), int(Perm.W), Perm.W.bit_length())


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color(0), bool(Color(0)))
print(repr(~Color.RED), len(Color.WHITE), [c.name for c in Color.WHITE], Color.RED & Color.BLUE)
try:
    Color(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError:', e)
