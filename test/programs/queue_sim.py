from collections import deque
import heapq
events = []
def schedule(t, kind, who):
    heapq.heappush(events, (t, kind, who))
for i, arrival in enumerate([0, 1, 1, 3, 8]):
    schedule(arrival, "arrive", f"c{i}")
queue = deque()
busy_until = 0
log = []
while events:
    t, kind, who = heapq.heappop(events)
    if kind == "arrive":
        queue.append((who, t))
    if queue and busy_until <= t:
        c, at = queue.popleft()
        busy_until = t + 2
        log.append(f"t={t}: serve {c} (waited {t - at})")
        schedule(busy_until, "done", c)
print("\n".join(log))
print("remaining", list(queue))
