# Chained exceptions with notes, suppressed context and an exception raised in finally


class ParseError(Exception):
    pass


def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        err = ParseError(f"bad number {text!r}")
        err.add_note("numbers must be decimal")
        raise err from e


def load(items):
    out = []
    for i, item in enumerate(items):
        try:
            out.append(parse_int(item))
        except ParseError as e:
            e.add_note(f"while loading item {i}")
            raise
    return out


print(load(["1", "2"]))
try:
    load(["3", "x"])
except ParseError as e:
    print("caught:", e, e.__notes__, type(e.__cause__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no context shown") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)


def cleanup():
    try:
        load(["7", "eight"])
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")


cleanup()
