# Async generators, async comprehensions inside them, awaits in nested positions.
async def agen(n):
    for i in range(n):
        yield i
        await sleep(0)


async def agen_with_comprehension(source):
    items = [x async for x in source]
    for it in items:
        yield it


async def awaits_in_lambda_default(x=None):
    return await (lambda: x)()


async def inner_async_def():
    async def inner():
        return await other()

    def sync_inner():
        return (await_target async for await_target in inner())

    return inner, sync_inner


async def sleep(n):
    pass


async def other():
    pass


async def genexp_await(coros):
    return (await c for c in coros)
