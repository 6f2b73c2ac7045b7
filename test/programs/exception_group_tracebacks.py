# Nested exception groups, chaining and notes in an uncaught group's traceback


def fail(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise KeyError(n)


def collect(ns):
    errs = []
    for n in ns:
        try:
            fail(n)
        except Exception as e:
            errs.append(e)
    return errs


def inner():
    eg = ExceptionGroup("inner", collect([1, 2]))
    eg.add_note("note on inner")
    raise eg


def outer():
    try:
        inner()
    except ExceptionGroup as e:
        try:
            raise RuntimeError("while handling")
        except RuntimeError as r:
            raise ExceptionGroup("outer", [e, r, TypeError("plain")]) from ValueError("the cause")


outer()
