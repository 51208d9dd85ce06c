import asyncio
async def greet(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)
    return name.upper()
async def main():
    r = await greet("first", 0.1)
    print("got", r)
    results = await asyncio.gather(greet("slow", 0.3), greet("fast", 0.1), greet("mid", 0.2))
    print(results)
    t = asyncio.create_task(greet("task", 0.05))
    print("task created")
    print(await t, t.done())
    return "done"
print(asyncio.run(main()))
