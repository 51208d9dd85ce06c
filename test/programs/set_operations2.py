evens = {x for x in range(0, 20, 2)}
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens - threes), sorted(evens ^ threes))
print({1, 2, 3} < {1, 2, 3, 4}, {1, 2} > {1}, {1} <= {1}, frozenset([1, 2]) == {2, 1})
s = {5, 6, 7}
s.update([8, 9], {10})
s.discard(5); s.remove(6)
print(sorted(s), len(s), s.pop() in range(100))
print({frozenset([1]): "fs key"}[frozenset([1])], {(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)})
words = ["apple", "Apple", "APPLE", "banana"]
print(len({w.lower() for w in words}), sorted({len(w) for w in words}))
a = {1, 2, 3}
b = a.copy(); b.add(4)
print(a, b, a.isdisjoint({7}), a.issuperset({1}), set() == set(), {0} == {False})
print({100, 3, 5}, {8, 1, 16}, {-1, 1}, set(range(10)) - {2, 4})
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
