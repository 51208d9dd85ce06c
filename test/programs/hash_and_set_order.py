# hash() values and the order sets iterate in, which follows the hashes (CPython 3.12,
# PYTHONHASHSEED=0 for str and bytes)
print(hash(None), hash(True), hash(1.5), hash(-1), hash(2**70), hash(-2**64))
print(hash((1, 2)), hash((1, "a")), hash(frozenset({1, 2, 3})), hash(frozenset()))
print(hash("abc"), hash(b"abc"), hash(""), hash("é"), hash("一"), hash("😀"), hash(1+2j))
visited = set()
for i in range(8):
    visited.add((i, i * i % 5))
print(visited)
for p in {(i, i + 1) for i in range(10)}:
    print(p, end=" ")
print()
print({0.5, 1.5, 2.5, 0.25, 1e100, -3.75})
print({None, 0, -1, 10**20})
print({"apple", "banana", "cherry", "date", "elderberry"})
print(set("hello world"))
print(sorted({frozenset({1, 2}), frozenset({3})}, key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({w: len(w) for w in set(words)})

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print({Point(1, 2), Point(3, 4), Point(1, 2), Point(-1, 0)})

class Big:
    def __hash__(self):
        return 2**100
print(hash(Big()))
