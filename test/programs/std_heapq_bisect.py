import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 3]; heapq.heapify(data); print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=False)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
tasks = []; heapq.heappush(tasks, (2, 'b')); heapq.heappush(tasks, (1, 'a')); heapq.heappush(tasks, (2, 'a')); print([heapq.heappop(tasks) for _ in range(3)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, 'a'], 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, hi=2), bisect.bisect(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [(1, 'a'), (3, 'c'), (5, 'e')]; print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0]); print(recs)
def grade(score, bps=[60, 70, 80, 90], g='FDCBA'): return g[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort([1, 'a'], 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right('ace', 'b'))
