class Registry:
    def __init__(self):
        self._d = {}
    def __setitem__(self, k, v):
        print("set", k)
        self._d[k] = v
    def __getitem__(self, k):
        return self._d[k]
    def __delitem__(self, k):
        print("del", k)
        del self._d[k]
    def __contains__(self, k):
        return k in self._d
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(sorted(self._d))
    def __missing__(self, k):
        return None
r = Registry()
r["b"] = 2; r["a"] = 1
print(len(r), "a" in r, list(r), r["b"])
del r["a"]
print(len(r), "a" in r, bool(r))
try:
    r["zz"]
except KeyError as e:
    print("KeyError", e)
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zzz"], len(d), isinstance(d, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
print(u)
