d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("x", 10), d)
d.update({"y": 5}, z=6); print(d)
del d["a"]; print(d)
print({k: v * 2 for k, v in d.items()}, dict(zip("abc", range(3))), dict(a=1, b=2))
print(d.keys(), d.values(), d.items())
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict.fromkeys("ab", 0), {1: "int", 1.0: "float?", True: "bool?"})
e = {(1, 2): "tuple key", None: "none", 3.5: "float"}
print(e[(1, 2)], e[None], e[3.5])
print({"a": 1} == {"a": 1}, {"a": 1} | {"b": 2}, d.popitem(), d)
m = {}
m.update([("k1", 1), ("k2", 2)]); print(m, list(m), m.copy() == m)
