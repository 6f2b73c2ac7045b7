# with statements: __enter__/__exit__ protocol, suppression, nesting, errors, and a generator-based manager


class Tracker:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Tracker.depth += 1
        print("  " * Tracker.depth + f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Tracker.depth + f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        Tracker.depth -= 1
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Tracker("a") as a, Tracker("b") as b:
    print("body", a.name, b.name)

with Tracker("outer", suppress=(KeyError,)):
    with Tracker("inner", suppress=(ZeroDivisionError,)):
        1 / 0
    print("after inner")
    {}["missing"]
print("after outer")

try:
    with Tracker("no suppress"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


def gen_manager(label):
    """A hand-written equivalent of contextlib.contextmanager."""
    class Manager:
        def __enter__(self):
            self.gen = body()
            return next(self.gen)

        def __exit__(self, typ, val, tb):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(val)
            except StopIteration:
                return True
            except BaseException as e:
                if e is val:
                    return False
                raise
            return False

    def body():
        print(f"  setup {label}")
        try:
            yield label.upper()
        except LookupError as e:
            print(f"  handled {e!r} inside {label}")
        finally:
            print(f"  teardown {label}")

    return Manager()


with gen_manager("res") as r:
    print("using", r)
with gen_manager("err"):
    [][1]
try:
    with gen_manager("bad"):
        raise TypeError("not handled")
except TypeError as e:
    print("TypeError escaped:", e)


class NoExit:
    def __enter__(self):
        return self


class NotAManager:
    pass


for obj in [NoExit(), NotAManager(), 42]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


try:
    with ExitRaises():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def early_return():
    with Tracker("returning"):
        return "value from with"


print(early_return())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print("done")
