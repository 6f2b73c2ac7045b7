# Coroutines driven by hand: await chains, custom awaitables, send values through, throw and close.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        received = yield f"suspend:{self.tag}"
        return f"{self.tag}<-{received}"

async def leaf(n):
    got = await Suspend(f"leaf{n}")
    return f"leaf{n}({got})"

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]

async def top():
    results = await middle()
    extra = await Suspend("top")
    return results, extra

def drive(coro, values):
    sent = None
    trace = []
    it = iter(values)
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as e:
            trace.append(("done", e.value))
            return trace
        trace.append(("yielded", yielded))
        sent = next(it)

for step in drive(top(), ["x", "y", "z"]):
    print(step)

async def simple():
    return 42
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("simple returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def catches():
    try:
        await Suspend("wait")
    except ValueError as e:
        return f"caught {e}"
c2 = catches()
print(c2.send(None))
try:
    c2.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)

async def cleanup():
    try:
        await Suspend("c")
    finally:
        print("cleanup ran")
c3 = cleanup()
c3.send(None)
c3.close()
print("closed")

class NotAwaitable:
    pass
async def bad_await():
    await NotAwaitable()
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAwait()
try:
    bad_await2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

async def returns_coro():
    return simple()
c4 = returns_coro()
try:
    c4.send(None)
except StopIteration as e:
    inner = e.value
    print(type(inner).__name__)
    try:
        inner.send(None)
    except StopIteration as e2:
        print("inner value", e2.value)

async def gather(*coros):
    results = []
    for co in coros:
        results.append(await co)
    return results
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(run(gather(leaf(7), leaf(8), simple())))

async def raises():
    await Suspend("r")
    raise KeyError("from coroutine")
try:
    run(raises())
except KeyError as e:
    print(type(e).__name__, e)

async def awaits_twice():
    co = simple()
    first = await co
    second = await co
    return first, second
try:
    run(awaits_twice())
except RuntimeError as e:
    print(type(e).__name__, e)
run(raises())
