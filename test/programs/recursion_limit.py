import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(150))
try:
    down(500)
except RecursionError as e:
    print("RecursionError:", e)
