# format() and the format-spec mini-language for int, str, bool, None and user types:
# fill/align/sign/#/0/width/grouping/precision/type, nested fields, and the errors
ints = [0, 7, -7, 255, -255, 1234567, 10**9]
for spec in ["", "d", "5d", "<5", "^7", ">+6", "=+8", "08", "+08", " d", ",", "_", "_x", "#x", "#X", "#o", "#b",
             "08b", "#010x", "c", "e", ".2e", "g", "%", ".1f", "n", "*^9", "0=+8", "z"]:
    row = []
    for n in ints:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(f"{spec!r:8}", " | ".join(row))

for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<8", "s", "=10"]:
    try:
        print(f"{spec!r:8}", repr(format("hello", spec)), repr(format("", spec)))
    except ValueError as e:
        print(f"{spec!r:8}", "ValueError:", e)
for bad in [("x", "d"), ("x", "+"), ("x", "#"), ("x", ","), (3, "s"), (3, ".2d"), (3, ",_"), (3, "=,x"), (True, "s"),
            (None, "x"), (3.5, "x"), (3, "\n<5"), ("x", "z"), (3, "10.2.3"), (object(), "5")]:
    try:
        print(repr(format(*bad)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(format(True), format(False, "d"), format(True, ">6"), format(None), format(None, ""), format(3), format(2.0))

# nested replacement fields inside specs
for width, prec, align in [(8, 2, "<"), (10, 4, "^"), (6, 0, ">")]:
    print(f"[{3.14159:{align}{width}.{prec}f}]", "[{:{}{}.{}f}]".format(2.71828, align, width, prec),
          "[{0:{fill}{al}{w}}]".format("ab", fill="*", al=align, w=width))

# a user type's __format__ is used by format(), f-strings and str.format
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.celsius * 9 / 5 + 32, "K": self.celsius + 273.15}[unit]
        return format(value, num_spec or ".1f") + "°" + unit
t = Temperature(21.5)
print(format(t), f"{t:.0fF}", "{:8.2K}".format(t), f"{t!s:.10}", f"{t!r:.12}")
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)

# a report using grouping and sign options
rows = [("revenue", 1234567.891), ("costs", -987654.3), ("tax", -12345.678), ("net", 234567.913)]
for label, amount in rows:
    print(f"{label:<10}{amount:>+16,.2f}{amount:>16_.0f}{amount / 1e6:>8.1%}")
