# async def/for/with/comprehensions/await
async def f():
    await x
    await x.y()
    await (await x)
    r = await x + await y
    r = -await x
    r = await x ** 2
    r = (await x)[0]
    r = await x[0]
    r = await x()()
    r = not await x
    r = [await v for v in w]
    r = [v async for v in w]
    r = [await v async for v in w if await v]
    r = {k: v async for k, v in w}
    r = {v async for v in w}
    r = (v async for v in w)
    r = [i async for i in a async for j in b for k in c]
    async for i in x:
        pass
    else:
        pass
    async for i, (j, *k) in x: pass
    async with a: pass
    async with a as b, c as d: pass
    async with (a as b, c as d,): pass
    async with (a, b): pass
    async with a() as (b, c), d as e[0]: pass
    await asyncio.sleep(0)
    return await x
    yield await x
    async def inner(): return [x async for x in y]
    lambda: await_
    f(await x, *await y, k=await z, **await w)
    x = await x if await y else await z
    del (await x).a
    (await x).a = 1
    (await x)[0] = 1
    print(await x, sep=await y)
    await x; await y
    with await x as y: pass
    for i in await x: pass
    async for i in await x: pass
    assert await x, await y
@dec
async def g(): pass
class C:
    async def m(self): pass
    @staticmethod
    async def s(): pass
async def gen():
    yield 1
    async with a:
        yield
    await (yield)
    x = yield await y
def sync():
    (x async for x in y)
async def comp():
    return {await k: [await v async for v in vs] async for k, vs in d}
