# with statements: __exit__ return values suppress or propagate, exceptions in __enter__ and
# __exit__, multiple managers unwind in reverse, contextlib helpers, and non-context objects
import contextlib

class Mgr:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r} tb={tb is not None}")
        return self.suppress

with Mgr("a") as x, Mgr("b") as y:
    print("body", x, y)
with Mgr("outer", suppress=True):
    with Mgr("inner"):
        raise KeyError("k")
    print("not reached")
print("after suppression")
try:
    with Mgr("p"), Mgr("q", suppress=True), Mgr("r"):
        1 / 0
    print("q swallowed it")
except ZeroDivisionError:
    print("not reached")

class FailEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Mgr("first"), FailEnter():
        print("no body")
except RuntimeError as e:
    print("RuntimeError", e)

class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError(f"exit failed while handling {et.__name__ if et else None}")
try:
    with FailExit():
        raise KeyError("original")
except ValueError as e:
    print("ValueError", e, "| context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise TypeError("swallowed by truthy return")
print("truthy suppressed")

for obj in [object(), 3, open]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ArithmeticError as e:
        print(f"<!-- handled {e!r} -->")
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("p"):
        print("text in", t)
with tag("span"):
    1 / 0
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(Mgr(n))
    stack.callback(print, "callback runs first")
    print("stack body")
with contextlib.nullcontext("value") as v:
    print(v)
# return inside with still runs __exit__, and the returned value survives
def early():
    with Mgr("ret"):
        return "returned"
print(early())
def loop():
    out = []
    for i in range(3):
        with Mgr(f"loop{i}"):
            if i == 1:
                continue
            out.append(i)
    return out
print(loop())
