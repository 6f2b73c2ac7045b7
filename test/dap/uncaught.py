# Exceptions the 'uncaught' and 'userUnhandled' filters stop for (or not), one scenario per argv[1].
import sys, copy

kind = sys.argv[1]


def in_finally():
    try:
        raise ValueError("in try")  # finally
    finally:
        print("cleanup")


def no_match():
    try:
        raise ValueError("not a KeyError")  # nomatch
    except KeyError:
        print("wrong handler")


def c():
    return 1 / 0  # deep


def b():
    return c() + 1


def a():
    return b() + 1


def gen():
    yield 1
    raise RuntimeError("from the generator")  # generator


def handled():
    try:
        a()
    except ZeroDivisionError:
        print("handled")


class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("no copies")  # userUnhandled


if kind == "finally":
    in_finally()
elif kind == "nomatch":
    no_match()
elif kind == "deep":
    a()
elif kind == "generator":
    for x in gen():
        print("got", x)
elif kind == "key":
    sorted([3, 1, 2], key=lambda v: v / 0)  # key
elif kind == "handled":
    handled()
    print("end")
elif kind == "userUnhandled":
    try:
        copy.deepcopy(NoCopy())
    except TypeError:
        print("caught")
