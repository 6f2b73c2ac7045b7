# try / except* : matching, splitting, naked exceptions, re-raising, else/finally


def run(label, excs):
    print("==", label)
    try:
        if isinstance(excs, BaseException):
            raise excs
        raise ExceptionGroup("group", excs)
    except* ValueError as eg:
        print("  ValueError part:", repr(eg))
    except* (TypeError, KeyError) as eg:
        print("  Type/Key part:", repr(eg), [type(e).__name__ for e in eg.exceptions])
    except* ZeroDivisionError:
        print("  ZeroDivisionError handled")
    else:
        print("  no exception")
    finally:
        print("  finally")


run("values", [ValueError(1), ValueError(2)])
run("mixed", [ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError()])
run("naked", ValueError("naked one"))
run("naked zero", ZeroDivisionError("zero"))
run("nested", [ExceptionGroup("inner", [TypeError(1), ValueError(2)]), ValueError(3)])

# unhandled parts propagate as a group
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2), OSError(3)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

# a naked exception that is not matched propagates as itself
try:
    try:
        raise RuntimeError("plain")
    except* ValueError:
        print("not here")
except RuntimeError as e:
    print("plain propagated:", repr(e))

# raising inside an except* clause
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised in handler:", repr(e))
    print("  context of new:", repr(e.exceptions[0].__context__))

# bare raise re-raises the matched part
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("re-raising")
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))

# the handled exception is visible through sys.exc_info
import sys
try:
    raise ExceptionGroup("info", [ValueError(5)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# errors in except* clauses themselves
for bad in [ExceptionGroup, (ValueError, ExceptionGroup), int]:
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# loops: break/continue/return are not allowed in except*, but loops inside are
total = 0
try:
    raise ExceptionGroup("nums", [ValueError(i) for i in range(4)])
except* ValueError as eg:
    for e in eg.exceptions:
        total += e.args[0]
print("total", total)
