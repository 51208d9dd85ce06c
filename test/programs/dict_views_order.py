inventory = {"apples": 3, "pears": 0, "plums": 7}
keys = inventory.keys()
inventory["kiwis"] = 2
print(keys, len(keys), "kiwis" in keys)
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get))
del inventory["pears"]
print(list(inventory.items()), list(reversed(inventory)))
print({k: v for k, v in inventory.items() if v > 2})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
merged = {**inventory, "extra": 9, "apples": 100}
print(merged)
d = dict([(1, "one"), (2, "two")])
d[3] = "three"
d.pop(1)
d[1] = "uno"
print(d, list(d.values()))
print(inventory.keys() & {"apples", "zz"}, inventory.keys() - {"apples"} == {"plums", "kiwis"})
try:
    for k in inventory:
        inventory[k + "!"] = 0
except RuntimeError as e:
    print(e)
