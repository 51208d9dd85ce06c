from collections import deque
words = {"cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "wold", "corm"}
def neighbors(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + c + w[i + 1:]
            if cand != w and cand in words:
                yield cand
def ladder(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(neighbors(w)):
            if n not in prev:
                prev[n] = w
                q.append(n)
print(ladder("cold", "warm"))
print(ladder("cold", "nope"))
