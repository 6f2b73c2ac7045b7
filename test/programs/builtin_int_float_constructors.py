# int() and float() constructors: bases, prefixes, underscores, whitespace, objects with
# __int__/__index__/__trunc__/__float__, and the exact error messages
for text, base in [("42", 10), ("  -17 ", 10), ("0x1F", 16), ("1F", 16), ("0x1f", 0), ("0o17", 0), ("0b101", 0),
                   ("z", 36), ("Z", 36), ("1_000", 10), ("0_7", 0), ("00", 0), ("+0b1_1", 0), ("7", 8),
                   ("\u0661\u0662", 10), ("10", 2), ("ff", 16), ("0XfF", 16)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print(repr(text), base, "ValueError:", e)
for text, base in [("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), ("0x", 16), ("12", 2),
                   ("9", 8), ("1.5", 10), ("abc", 10), ("0b2", 0), ("  ", 10), ("x" * 30, 10), ("1", 37), ("1", 1)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for call in [lambda: int(1.5, 10), lambda: int([1]), lambda: int(None), lambda: int("1", "2"), lambda: int(base=16)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(int(), int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b" 7 ")), int("  12\n"), int(1e20))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __index__(self):
        return 7
class Trunc:
    def __trunc__(self):
        return 3
class IntOnly:
    def __int__(self):
        return 11
class BadInt:
    def __int__(self):
        return "nope"
class FloatOnly:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return 1
print(int(Idx()), int(IntOnly()), bin(Idx()), float(Idx()), float(FloatOnly()), int("10", Idx()))
for call in [lambda: int(Trunc()), lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(FloatOnly()),
             lambda: float(IntOnly()), lambda: float("1", 2)]:
    try:
        print(call())
    except (TypeError, DeprecationWarning) as e:
        print(type(e).__name__ + ":", e)

for text in ["3.14", "  -2.5e-3  ", "1_0.5", "inf", "-INF", "nan", "+infinity", "1e400", "-1e-400", "0x1p3",
             "", "1.2.3", "e5", "1_", "--1", "١.٥", b"2.5", bytearray(b"-0.0")]:
    try:
        print(repr(text), float(text))
    except (ValueError, TypeError) as e:
        print(repr(text), type(e).__name__ + ":", e)
print(float(), float(10**20), float(True), float(-0), repr(float("-0")))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)

# parse numbers out of a small log with fallbacks
log = ["cpu=0.75", "mem=2048", "disk=0x1F4", "net=n/a", "temp=-3.5e1", "fans=0b11"]
for entry in log:
    key, _, raw = entry.partition("=")
    for conv in (lambda s: int(s, 0), float):
        try:
            value = conv(raw)
            break
        except ValueError:
            continue
    else:
        value = None
    print(f"{key:>5}: {value!r}")
