# yield / yield from / await inside various expressions
def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from x
    yield from (yield)
    x = yield
    x = yield 1
    x = yield from y
    x = (yield)
    x = (yield 1), (yield 2)
    f((yield))
    f((yield 1))
    f((yield from x))
    f(x=(yield))
    [(yield)]
    {(yield): (yield)}
    ((yield), (yield))
    x = (yield) + (yield)
    x = -(yield)
    x = (yield)[0]
    x = (yield).attr
    x = (yield)()
    await_ = (yield) if (yield) else (yield)
    a[(yield)] = (yield)
    del a[(yield)]
    assert (yield), (yield)
    with (yield) as x: pass
    for x in (yield): pass
    while (yield): pass
    if (yield): pass
    return (yield)
    x = yield lambda: 1
    x = yield f"{x}"
    x = yield not y
    x = yield -y
    x = yield (yield (yield))
    yield (yield from x)
    x = yield a if b else c
    print(f"{(yield)}")
    lambda: (yield)
    x = [ (yield) ]
    x: int = yield
    x += yield
async def co():
    x = await y
    x = await y.z()
    x = await (y)
    x = [await y]
    x = {await y: await z}
    x = (await y, await z)
    x = await y + await z
    x = await y if await z else await w
    f(await y)
    f(k=await y)
    await y[0]
    (await y)[0]
    await f(x)(y)
    x = -await y
    x = await y ** 2
    x = not await y
    x = f"{await y}"
    yield await y
    yield
    x = yield
    return_ = [await y async for z in w]
    await (yield)
