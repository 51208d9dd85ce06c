x = "outer"
result = [x for x in range(3)]
print(result, x)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
nested = [[j * i for j in range(3)] for i in range(3)]
print(nested)
d = {k: [v for v in range(k)] for k in range(4)}
print(d)
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs2])
print({c: ord(c) for c in "abc" if c != "b"})
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [sum(col) for col in zip([1, 2], [3, 4])])
class K:
    n = 3
    vals = [i for i in range(4)]
print(K.vals)
