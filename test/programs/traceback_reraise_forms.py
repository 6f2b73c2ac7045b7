# raise forms: bare raise outside handlers, raise from, re-raising a caught exception object


def bare():
    raise


try:
    bare()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)

saved = None
try:
    [][0]
except IndexError as e:
    saved = e
print(type(saved).__name__, saved.__traceback__ is not None)


def again():
    raise saved


try:
    again()
except IndexError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)

try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__, isinstance(e, Exception))


def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


handler_raises()
