# Async comprehensions and await: coroutine flags, async generators.
async def collect(aiter):
    return [x async for x in aiter]


async def awaits_in_comprehension(coros):
    return [await c for c in coros]


async def async_dict_set(aiter):
    d = {k: v async for k, v in aiter}
    s = {await k for k in d}
    return d, s


async def async_genexp(aiter):
    return (y async for y in aiter)


def sync_with_async_genexp(aiter):
    # An asynchronous generator expression is allowed in a plain function.
    return (z async for z in aiter)


def sync_with_await_genexp(coros):
    return (await c for c in coros)


async def nested_async(rows):
    return [[c async for c in r] for r in rows]


async def inner_await_listcomp_in_genexp(rows):
    return ([await x for x in r] for r in rows)


async def async_for_with(stream, ctx):
    async with ctx as handle:
        async for item in stream:
            yield handle, item


async def plain_coroutine(value):
    await value
    async with value:
        pass
