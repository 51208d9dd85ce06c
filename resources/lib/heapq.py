"""Heap queue algorithm (Pyscope's own heapq, as CPython 3.12's).

Heaps are lists where a[k] <= a[2*k+1] and a[k] <= a[2*k+2]; a[0] is the smallest item.
The primitives (heappush, heappop, heapify, heapreplace, heappushpop) are native
(_heapq); merge, nlargest and nsmallest are written here.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    heappop_max as _heappop_max, heapify_max as _heapify_max,
                    heapreplace_max as _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily; equal items keep input order)."""
    heap = []
    if reverse:
        pop, replace, make = _heappop_max, _heapreplace_max, _heapify_max
        sign = -1
    else:
        pop, replace, make = heappop, heapreplace, heapify
        sign = 1
    # entries: [key, order, value, iterator]; order breaks ties by input position
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), order * sign, value, it])
            break
    make(heap)
    while len(heap) > 1:
        while True:
            entry = heap[0]
            yield entry[2]
            for value in entry[3]:
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
                break
            else:
                pop(heap)
                break
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (ties in input order):
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (ties in input order):
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
