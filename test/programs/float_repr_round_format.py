# float repr (shortest round-trip), round() half-even with ndigits, and format specs
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 123456789012345678.0, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, -0.0, 2.5, 3.5, 0.5, 1.0, 100.0, 1e15 + 0.3]
for v in vals:
    print(repr(v), str(v), v.hex() if abs(v) < 1e300 else "big")

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), type(round(v)).__name__,
          type(round(v, 0)).__name__)
for v in [12345, -12345, 15, 25, -25, 10**20 + 50]:
    print(v, round(v, -1), round(v, -2), round(v, 3), round(v, -30))
for call in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.0),
             lambda: round("1.5")]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1e308, -308), round(-0.4), round(0.4, 400))

specs = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.1f",
         "^12.3e", "+.2f", " .2f", "_.2f", ",.2f", "012.4f", "#.0f", "#g", "z.1f", "n"]
for x in [1234.5678, -0.00012345, 1e16, -0.0, 0.0]:
    print(x, "|".join(format(x, s) for s in specs))
for x in [float("inf"), float("-inf"), float("nan")]:
    print("|".join(format(x, s) for s in ["", "f", "e", "%", "+g", "010f", "^8"]))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, ",_f")
except ValueError as e:
    print("ValueError", e)

# float() parsing and is_integer / as_integer_ratio
for s in ["1_000.5", " -1e3 ", "inf", "-Infinity", "nAn", "0x10", "1e", ".5", "5.", "1__0"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for v in [0.75, -2.5, 1e-3, 3.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), float.fromhex(v.hex()) == v)
