# except clauses are tried in order with isinstance semantics: subclass-before-base, tuples,
# bare except, re-raise, exceptions raised inside handlers, finally overriding, and
# exception variables being cleared after the handler
class AppError(Exception): pass
class NetworkError(AppError): pass
class TimeoutError_(NetworkError): pass
class ParseError(AppError, ValueError): pass

def classify(exc):
    try:
        raise exc
    except TimeoutError_:
        return "timeout"
    except (NetworkError, ConnectionError):
        return "network"
    except ValueError as e:
        return f"value error ({type(e).__name__})"
    except AppError:
        return "app"
    except Exception as e:
        return f"other {type(e).__name__}"
    except BaseException:
        return "base"

for exc in [TimeoutError_(), NetworkError(), ConnectionResetError(), ParseError(), AppError(), ValueError(),
            KeyError("k"), KeyboardInterrupt(), GeneratorExit()]:
    print(f"{type(exc).__name__:<22} -> {classify(exc)}")

# the name bound by `as` is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
try:
    err
except NameError as e:
    print("NameError", e)
print(type(saved).__name__, saved.__traceback__ is not None)

# raising inside a handler sets __context__; bare raise re-raises the active exception
def handler_raises():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    handler_raises()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
def reraiser():
    try:
        int("x")
    except ValueError:
        print("  logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

# finally with return overrides an exception; break/continue in finally too
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
ns = {}
exec("""
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
""", ns)
print(ns["swallow"](), ns["loop"]())

# except with non-exception classes is a TypeError at match time
for bad in [int, (ValueError, 3), "ValueError"]:
    try:
        try:
            raise ValueError("x")
        except bad:
            pass
    except TypeError as e:
        print("TypeError", e)
# exceptions inside else and finally
def flow(fail_in):
    log = []
    try:
        try:
            log.append("body")
            if fail_in == "body":
                raise ValueError("body")
        except ValueError:
            log.append("except")
        else:
            log.append("else")
            if fail_in == "else":
                raise KeyError("else")
        finally:
            log.append("finally")
    except KeyError as e:
        log.append(f"outer caught {e}")
    return log
for where in ["none", "body", "else"]:
    print(where, flow(where))
# exception args, str and repr for builtin exceptions
for e in [ValueError(), ValueError("one"), ValueError("a", 2), OSError("disk", "full"), KeyError(), StopIteration(5)]:
    print(repr(e), "|", str(e), "|", e.args)
