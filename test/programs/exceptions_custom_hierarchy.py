# Custom exception hierarchies: args, __str__/__repr__ overrides, catching by base, tuples of types, re-raise.
class AppError(Exception):
    """Base of the application's errors."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    def __init__(self, seconds):
        self.seconds = seconds
class Quiet(AppError):
    def __repr__(self):
        return "Quiet<custom repr>"

errors = [ConfigError("db.url"), ConfigError("port", "invalid"), NetworkError("down", 503), TimeoutError_(30), Quiet(), AppError()]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print("config:", e, e.args, e.key)
    except TimeoutError_ as e:
        print("timeout:", repr(str(e)), e.args, e.seconds)
    except NetworkError as e:
        print("network:", e, repr(e), e.args)
    except AppError as e:
        print("app:", type(e).__name__, repr(e), repr(str(e)))

print([k.__name__ for k in TimeoutError_.__mro__])
print(issubclass(ConfigError, Exception), issubclass(ConfigError, BaseException), isinstance(ConfigError("k"), LookupError))
print(AppError.__doc__, ConfigError.__doc__)

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except (ValueError, TypeError):
        return "value or type"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in (KeyError("k"), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), OverflowError(), RuntimeError(), LookupError()):
    print(classify(exc))

def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 42:
        pass
    raise KeyError("after")
except KeyError as e:
    print("unmatched except clause is not evaluated:", e)
try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)

class WithArgs(Exception):
    pass
e = WithArgs(1, "two", [3])
print(e.args, str(e), repr(e))
e.args = ("replaced",)
print(e, repr(e))
print(repr(Exception()), str(Exception()), repr(Exception("")), repr(Exception(None)))
print(str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError(1)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)

class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
try:
    raise Unprintable("x")
except Unprintable as e:
    print("caught unprintable", type(e).__name__)

def handler_var_cleared():
    try:
        raise ValueError("temp")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e2:
        return f"{type(e2).__name__}: {e2}"
print(handler_var_cleared())

class Ordered(Exception):
    pass
try:
    raise Ordered("first")
except Exception as e:
    caught = e
print(caught.__class__.__name__, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
raise ConfigError("final.key", "unset")
