# Breadth-first search with deque, and a sliding window with maxlen.
from collections import deque

GRID = """\
S.#.....
.##.###.
....#...
.####.#.
......#E"""
rows = GRID.splitlines()
start = next((r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == 'S')
end = next((r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == 'E')


def neighbours(r, c):
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(rows) and 0 <= nc < len(rows[0]) and rows[nr][nc] != '#':
            yield nr, nc


def bfs(src, dst):
    queue = deque([src])
    came = {src: None}
    while queue:
        cell = queue.popleft()
        if cell == dst:
            break
        for nxt in neighbours(*cell):
            if nxt not in came:
                came[nxt] = cell
                queue.append(nxt)
    path = []
    cell = dst
    while cell is not None:
        path.append(cell)
        cell = came[cell]
    return path[::-1]


path = bfs(start, end)
print(len(path) - 1, path[:4], path[-1])
canvas = [list(row) for row in rows]
for r, c in path[1:-1]:
    canvas[r][c] = '*'
print('\n'.join(''.join(row) for row in canvas))

window = deque(maxlen=3)
for x in [5, 1, 4, 9, 2, 8]:
    window.append(x)
    print(list(window), sum(window) / len(window))
d = deque('abcde')
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft('xy')
print(d, d.index('a'), d.count('x'), d[1], len(d), d.maxlen)
d.rotate(-3)
print(d, list(reversed(d)), deque(range(5), maxlen=2))
