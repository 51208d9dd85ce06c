import asyncio
async def producer(n, log):
    for i in range(n):
        await asyncio.sleep(0.01 * (i + 1))
        log.append(f"produced {i}")
    return n
async def worker(name, jobs, log):
    total = 0
    for j in jobs:
        await asyncio.sleep(0)
        total += j
        log.append(f"{name} did {j}")
    return total
async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("worker failed")
async def main():
    log = []
    counts = await asyncio.gather(producer(3, log), worker("w1", [1, 2], log), worker("w2", [10], log))
    print(counts)
    print(log)
    try:
        await asyncio.gather(failing(), worker("w3", [5], log))
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(failing(), producer(1, log), return_exceptions=True)
    print([type(r).__name__ for r in res])
    class Timer:
        async def __aenter__(self):
            print("enter")
            return self
        async def __aexit__(self, *exc):
            print("exit")
    async with Timer() as t:
        print("inside", type(t).__name__)
    class Counter:
        def __init__(self, n):
            self.i, self.n = 0, n
        def __aiter__(self):
            return self
        async def __anext__(self):
            if self.i >= self.n:
                raise StopAsyncIteration
            self.i += 1
            await asyncio.sleep(0)
            return self.i
    async for v in Counter(3):
        print("async for", v)
asyncio.run(main())
