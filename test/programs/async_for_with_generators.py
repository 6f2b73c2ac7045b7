# async for / async with / async generators, driven by hand without an event loop


class Sleep:
    """An awaitable that suspends once, handing a message to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield ("sleep", self.label)
        return reply


def drive(coro):
    """A tiny event loop: answers every suspension and collects the log."""
    log = []
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            log.append(("done", stop.value))
            return log
        log.append(request)
        value = f"woke:{request[1]}"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        got = await Sleep(f"tick{self.i}")
        return (self.i, got)


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name, await Sleep("enter-" + self.name))
        return self

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev))
        await Sleep("exit-" + self.name)
        return self.suppress


async def agen(n):
    try:
        for i in range(n):
            received = yield i * 10
            if received is not None:
                print("agen received", received)
            await Sleep(f"gen{i}")
    finally:
        print("agen finally")


async def main():
    async for pair in Counter(2):
        print("pair", pair)
    else:
        print("counter exhausted")

    async with Resource("a") as r, Resource("b"):
        print("inside", r.name)

    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after suppressed")

    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))

    it = agen(3)
    async for v in it:
        print("agen value", v)
        if v == 10:
            break
    await it.aclose()

    print([x async for x in agen(2)])
    print({x: x * 2 async for x in agen(2) if x})
    print([y for y in [await Sleep("inline")]])

    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    print(await anext(agen(0), "default value"))
    return "main result"


for entry in drive(main()):
    print("loop:", entry)
