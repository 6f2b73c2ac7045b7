# Coroutine protocol edges: awaiting non-awaitables, reuse, close/throw, cr_* attributes, compile errors


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "suspend"
        return self.value


class BadAwait:
    def __await__(self):
        return 42


class CoroAwait:
    made = []

    def __await__(self):
        c = simple()
        CoroAwait.made.append(c)
        return c


async def simple():
    return "simple"


async def awaits(obj):
    return await obj


print(run(awaits(Awaitable(5))), run(awaits(simple())))
for obj in [None, 5, BadAwait(), CoroAwait(), (x for x in [])]:
    try:
        run(awaits(obj))
    except TypeError as e:
        print("TypeError:", e)
for made in CoroAwait.made:
    made.close()

c = simple()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)

c = awaits(Awaitable(1))
print(c.send(None), c.cr_running, c.cr_suspended, type(c.cr_await).__name__, c.cr_code.co_name, c.cr_frame is not None)
print(c.close(), c.cr_frame, c.cr_suspended)


async def guarded():
    try:
        await Awaitable(0)
    except GeneratorExit:
        print("  coroutine got GeneratorExit")
        raise
    finally:
        print("  coroutine finally")


g = guarded()
g.send(None)
g.close()


async def stubborn():
    try:
        await Awaitable(0)
    except GeneratorExit:
        await Awaitable(1)


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def catcher():
    try:
        await Awaitable(0)
    except ValueError as e:
        return f"caught {e}"


t = catcher()
t.send(None)
try:
    t.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)

unused = simple()
try:
    iter(unused)
except TypeError as e:
    print("TypeError:", e)
unused.close()
coro = simple()
try:
    for _ in coro:
        pass
except TypeError as e:
    print("TypeError:", e)
coro.close()
unused = simple()
try:
    unused.send(1)
except TypeError as e:
    print("TypeError:", e)
print(type(unused).__name__, simple.__name__, unused.__qualname__)
unused.close()
for src in ["await x", "def f():\n    await x", "async def f():\n    yield from x", "def g():\n    async with x: pass",
            "def h():\n    async for i in x: pass", "async def k():\n    return [await z for z in y]"]:
    try:
        compile(src, "<coro>", "exec")
        print("compiles:", src.replace("\n", " | "))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
