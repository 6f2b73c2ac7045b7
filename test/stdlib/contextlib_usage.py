import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress")

log = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, i)
    stack.enter_context(tag("stack"))
print(log)

class Res:
    def close(self):
        print("closed")
with closing(Res()):
    print("using")
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False

@Ctx()
def work():
    print("working")
work()

with contextlib.chdir("/tmp") if hasattr(contextlib, "chdir") else nullcontext():
    pass
async def agen():
    @contextlib.asynccontextmanager
    async def acm():
        yield "async!"
    async with acm() as x:
        return x
c = agen()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
