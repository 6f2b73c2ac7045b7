# Exception chaining, finally ordering, re-raising, and an uncaught chained exception at the end.
import sys


def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n


def wrapper(n):
    try:
        return risky(n)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
    finally:
        print("finally", n)


print(wrapper(5))
try:
    wrapper(0)
except RuntimeError as e:
    print("caught", e, "cause:", repr(e.__cause__), "context:", repr(e.__context__))

try:
    try:
        {}["missing"]
    except KeyError:
        print(undefined_name)
except NameError as e:
    print("NameError:", e, "| context:", type(e.__context__).__name__)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


g = gen()
for x in g:
    print("got", x)
    break
g.close()  # (an abandoned generator is finalized at once in CPython, later in tspy: DEVIATIONS.md)

print(sys.exception())


class MyError(Exception):
    pass


try:
    raise MyError("custom", 42)
except MyError as e:
    print(e.args, str(e), repr(e))


def outer():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")


outer()
