# Async generator protocol details: athrow, aclose, errors, and the awaitables' own methods


def run(coro):
    """Run a coroutine that never really suspends; return its result or raise its exception."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


async def numbers():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  numbers caught", repr(e))
        yield "recovered"
    finally:
        print("  numbers cleanup")


async def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("  stubborn ignores GeneratorExit")
        yield "again"


async def returns_early():
    yield 1
    return


async def raises_stop():
    yield 1
    raise StopAsyncIteration("inside")


async def collect(agen):
    return [x async for x in agen]


async def first(agen):
    return await agen.__anext__()


print(run(collect(numbers())))

g = numbers()
print(run(first(g)))


async def throw_in(agen, exc):
    return await agen.athrow(exc)


print(run(throw_in(g, ValueError("bad value"))))
try:
    run(throw_in(g, KeyError("k")))
except KeyError as e:
    print("athrow propagated", repr(e))


async def close(agen):
    return await agen.aclose()


s = stubborn()
print(run(first(s)))
try:
    run(close(s))
except RuntimeError as e:
    print("RuntimeError:", e)

r = returns_early()
print(run(first(r)))
try:
    run(first(r))
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
print(run(close(r)))

try:
    run(collect(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# awaitables used directly
n = numbers()
aw = n.__anext__()
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("asend completed with", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(close(n)))

# type errors from async for / async with
class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def loop_over(obj):
    async for _ in obj:
        pass


async def with_(obj):
    async with obj:
        pass


for obj in [[1, 2], NoAnext(), BadAnext()]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print("TypeError:", e)
for obj in [object(), 5]:
    try:
        run(with_(obj))
    except TypeError as e:
        print("TypeError:", e)

print(type(numbers()).__name__, numbers().__name__, numbers().__qualname__)
ag = numbers()
print(ag.ag_running, aiter(ag) is ag)
try:
    aiter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError:", e)
