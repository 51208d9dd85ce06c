a = {1, 2, 3}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4}, a < a, a == {3, 2, 1})
a.add(10); a.discard(1); print(a, 10 in a, len(a))
print(set(), frozenset([1, 2]), set("aab"), sorted({"x", "y", "z"}))
s = set()
for w in ["a", "b", "a", "c"]:
    s.add(w)
print(sorted(s), len(s))
print({x % 3 for x in range(10)}, frozenset({1}) | {2})
print(a.union([100]), a.intersection({2, 3}), a.isdisjoint({99}), {1, 2}.issubset([1, 2, 3]))
