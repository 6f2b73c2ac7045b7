# contextlib in the way resource-managing code uses it: ExitStack unwinding with errors, callbacks,
# suppress, redirect_stdout/stderr, contextmanager generators that handle/raise, closing, nullcontext,
# chdir, ContextDecorator, and an AsyncExitStack driven by hand.
import contextlib
import io
import os
import sys
from contextlib import (AbstractContextManager, AsyncExitStack, ExitStack, chdir, closing, contextmanager,
                        asynccontextmanager, nullcontext, redirect_stderr, redirect_stdout, suppress)

trail = []


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name, self.fail_on_exit = name, fail_on_exit

    def __enter__(self):
        trail.append(f"open {self.name}")
        return self

    def __exit__(self, typ, exc, tb):
        trail.append(f"close {self.name} ({typ.__name__ if typ else None})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return False


def show(label):
    print(label, trail)
    trail.clear()


# ExitStack: LIFO, pop_all, callbacks with arguments, exceptions replaced in __exit__
with ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(trail.append, "callback 1")

    @stack.push
    def observer(typ, exc, tb):
        trail.append(f"observer saw {typ.__name__ if typ else None}")
show("plain:")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("y", fail_on_exit=True))
        stack.enter_context(Resource("z"))
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
show("failing exit:")

with ExitStack() as outer:
    with ExitStack() as inner:
        inner.enter_context(Resource("kept"))
        moved = inner.pop_all()
    trail.append("inner done")
    outer.push(moved)
show("pop_all:")

stack = ExitStack()
stack.enter_context(Resource("manual"))
stack.close()
show("close():")
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)

# suppress, including exception groups (3.12+)
with suppress(FileNotFoundError, KeyError):
    {}["k"]
print("suppressed KeyError")
try:
    with suppress(KeyError):
        raise ExceptionGroup("many", [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print("left over:", repr(eg.exceptions))
with suppress():
    pass

# redirect_stdout / redirect_stderr nest and restore
buf, err = io.StringIO(), io.StringIO()
with redirect_stdout(buf), redirect_stderr(err):
    print("to buffer")
    print("to err", file=sys.stderr)
    with redirect_stdout(io.StringIO()) as other:
        print("deeper")
print(repr(buf.getvalue()), repr(err.getvalue()), repr(other.getvalue()), sys.stdout is not buf)


# generator-based context managers
@contextmanager
def transaction(name):
    trail.append(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        trail.append(f"rollback {name}: {e}")
    else:
        trail.append(f"commit {name}")
    finally:
        trail.append(f"end {name}")


with transaction("t1") as t:
    trail.append(f"work {t}")
with transaction("t2"):
    raise ValueError("bad row")
try:
    with transaction("t3"):
        raise TypeError("not handled")
except TypeError as e:
    trail.append(f"escaped {e}")
show("transactions:")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@transaction("decorated")
def decorated(x):
    trail.append(f"called with {x}")
    return x * 2


print(decorated(21), decorated(1))
show("decorator:")


class Closer:
    def close(self):
        trail.append("closed!")


with closing(Closer()) as c:
    trail.append(type(c).__name__)
with nullcontext(42) as v:
    trail.append(v)
show("closing/nullcontext:")


class Tracked(contextlib.ContextDecorator, AbstractContextManager):
    def __exit__(self, *exc):
        trail.append("tracked exit")


@Tracked()
def work():
    trail.append("working")


work()
print(issubclass(Resource, AbstractContextManager), isinstance(nullcontext(), contextlib.AbstractAsyncContextManager))
show("ContextDecorator:")

# chdir
here = os.getcwd()
import tempfile
with tempfile.TemporaryDirectory() as target:
    with chdir(target):
        with open("marker.txt", "w") as f:
            f.write("x")
        print(os.path.realpath(os.getcwd()) == os.path.realpath(target), sorted(os.listdir(".")))
    print(os.path.exists(os.path.join(target, "marker.txt")))
print(os.getcwd() == here)


# AsyncExitStack and asynccontextmanager, driven without an event loop
@asynccontextmanager
async def session(name):
    trail.append(f"connect {name}")
    try:
        yield f"<{name}>"
    finally:
        trail.append(f"disconnect {name}")


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("db"))
        b = stack.enter_context(Resource("cache"))
        stack.push_async_callback(cleanup, "async cb")
        trail.append(f"using {a} {b.name}")
    return "done"


async def cleanup(what):
    trail.append(what)


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print("result:", stop.value)
show("async:")
