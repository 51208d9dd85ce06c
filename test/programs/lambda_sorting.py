people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 35, 5.4), ("dave", 25, 5.9)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0][-1]))
print([name for name, *_ in sorted(people, key=lambda p: p[2], reverse=True)])
by_age = {}
for name, age, _ in people:
    by_age.setdefault(age, []).append(name)
print(by_age)
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: (p[1], p[0]))[0])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a: sum(a))(1, 2, 3))
print(list(filter(lambda p: p[1] > 26, people)), list(map(lambda p: p[0].title(), people)))
