# A task scheduler and Dijkstra's algorithm with heapq.
import heapq
import itertools

counter = itertools.count()
tasks = []


def add(priority, name):
    heapq.heappush(tasks, (priority, next(counter), name))


for p, n in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    add(p, n)
print(tasks[0], len(tasks))
while tasks:
    priority, order, name = heapq.heappop(tasks)
    print(priority, name)

graph = {
    'A': {'B': 4, 'C': 2},
    'B': {'C': 5, 'D': 10},
    'C': {'E': 3},
    'D': {'F': 11},
    'E': {'D': 4},
    'F': {},
}


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra('A')
print(sorted(dist.items()))
path, node = [], 'F'
while node != 'A':
    path.append(node)
    node = prev[node]
print(' -> '.join(['A'] + path[::-1]))
scores = [58, 91, 77, 64, 99, 85, 70]
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores))
print(list(heapq.merge(sorted(scores[:3]), sorted(scores[3:]))))
h = scores[:]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 50), heapq.heapreplace(h, 100), sorted(h))
