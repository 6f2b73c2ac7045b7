# try/except/else/finally: ordering, return/break/continue interplay, exception variables cleared


def order(raise_in):
    log = []
    try:
        log.append("try")
        if raise_in == "try":
            raise ValueError("t")
    except ValueError:
        log.append("except")
        if raise_in == "except":
            raise KeyError("e")
    else:
        log.append("else")
        if raise_in == "else":
            raise KeyError("el")
    finally:
        log.append("finally")
    return log


for where in [None, "try", "else"]:
    print(where, order(where))
try:
    order("except")
except KeyError as e:
    print("except ->", repr(e), type(e.__context__).__name__)


def finally_overrides():
    try:
        return "try"
    finally:
        print("  finally runs before the return completes")


def finally_return_value():
    x = 1
    try:
        return x
    finally:
        x = 2


print(finally_overrides(), finally_return_value())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())


def exception_variable_cleared():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"


print(exception_variable_cleared())


def nested_handlers():
    try:
        try:
            raise TypeError("inner")
        except TypeError as inner:
            try:
                raise ValueError("middle") from inner
            except ValueError as middle:
                raise KeyError("outer") from middle
    except KeyError as e:
        chain = []
        while e:
            chain.append(type(e).__name__)
            e = e.__cause__
        return chain


print(nested_handlers())


def multi_except(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"tuple handler: {type(e).__name__}"
    except LookupError as e:
        return f"lookup handler: {type(e).__name__}"
    except Exception:
        return "generic handler"


for exc in [TypeError, ValueError(), IndexError("i"), KeyError, ZeroDivisionError]:
    print(multi_except(exc))


def exc_info_inside():
    import sys
    try:
        raise OSError(2, "No such file")
    except OSError:
        t, v, tb = sys.exc_info()
        return t.__name__, v.errno, v.strerror, str(v), tb is not None


print(exc_info_inside())
try:
    pass
except* ValueError:
    pass
else:
    print("try-except* else branch")
finally:
    print("try-except* finally")
