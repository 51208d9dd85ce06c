sq = [x * x for x in range(10) if x % 2]
print(sq)
print({x: x ** 3 for x in range(5)})
print({c for c in "mississippi"} == set("misp"))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(100) if x % 7 == 0))
flat = [y for x in [[1, 2], [3], []] for y in x]
print(flat)
x = 10
print([x for x in range(3)], x)
print([(a, b) for a in range(3) for b in range(a)])
