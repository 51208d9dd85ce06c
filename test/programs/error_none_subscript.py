def find(xs, v):
    for x in xs:
        if x == v:
            return x
result = find([1, 2], 3)
print(result["key"])
