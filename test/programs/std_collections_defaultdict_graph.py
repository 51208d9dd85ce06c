# Graphs and grouping with defaultdict.
from collections import defaultdict

edges = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('f', 'g')]
graph = defaultdict(list)
for u, v in edges:
    graph[u].append(v)
    graph[v].append(u)
print(dict(graph))
print(sorted(graph), graph['zzz'], 'zzz' in graph)


def components(g):
    seen, parts = set(), []
    for node in sorted(g):
        if node in seen or not g[node]:
            continue
        stack, part = [node], []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            part.append(n)
            stack.extend(g[n])
        parts.append(sorted(part))
    return parts


print(components(graph))
words = ['apple', 'bat', 'bar', 'atom', 'book', 'cat', 'cherry']
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
lengths = defaultdict(int)
for w in words:
    lengths[len(w)] += 1
print(sorted(lengths.items()), lengths.default_factory)
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
root['a']['x'] = 2
print(root['a']['b']['c'], sorted(root['a']), len(root))
nested = defaultdict(lambda: defaultdict(set))
nested['math']['ann'].add(90)
nested['math']['bob'].add(75)
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(None, {'k': 1})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
print(d.copy(), type(d.copy()).__name__)
