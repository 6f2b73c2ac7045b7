# The format-spec mini-language through format(), f-strings and str.format: fill and alignment,
# signs, 'z', '#', zero padding, grouping (also of the fractional part), precision, every
# presentation type, exact ties, and the errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, True]
int_specs = ["", "d", "5", "<5", "^7", "*>8", "=+8", "+", " ", "-", "#b", "#o", "#x", "#X", "08b", "_b", "_x", "#_x", ",",
             "_", "010,", "012_", "^+10,", "n", "c", "e", ".2e", "f", ".1%", "g", "G", "010.3f"]
for v in ints:
    print(repr(v), [format(v, s) if not (s == "c" and v < 0) else "-" for s in int_specs])

floats = [0.0, -0.0, 1.5, -1.5, 0.125, 0.375, 2.675, 1234567.891, -0.00001234, 1e16, 1e-7, 123456789012345678.0,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
float_specs = ["", ".0f", ".1f", ".2f", ".3f", ".2e", ".0e", "#.0e", ".3g", ".10g", "g", "#g", "G", ".3", ".0", "%", ".1%",
               "n", ".3n", "+.2f", " .2f", "z.1f", "z.0f", "+z.2e", "10.2f", "<10.1f", "^12.3e", "*=+12.2f", "012.2f",
               ",.2f", "_.4f", ",.4_f", ".6_f", "_.10,e", "015,.2f", "z", "#.0f", "#.3", ".17g", ".20f", "F", "E"]
for v in floats:
    print(repr(v), [format(v, s) for s in float_specs])

for v, s in [(0.125, ".2f"), (0.375, ".2f"), (2.5, ".0f"), (3.5, ".0f"), (1.5, ".0f"), (0.5, ".0f"), (-0.5, ".0f"),
             (1e23, ".0f"), (1e23, ".25g"), (5e-324, ".20e"), (0.1, ".55f"), (2**0.5, ".30f"), (1/3, ".17f")]:
    show(f"format({v!r}, {s!r})", lambda: format(v, s))

x, n, w = 3.14159265, 42, 12
print(f"{x:.3f}|{x:{w}.{2}f}|{n:>{w}}|{n:#0{w}x}|{n!r:^8}|{'txt':*<7}|{x:e}|{n:,}|{x:%}")
print("{:>8.3f}|{:<6}|{:^9,}|{:08.2f}|{:+d}|{:x}".format(x, n, 1234567, -x, n, n))
print("{0:{1}.{2}f}|{a:>{b}}".format(x, 10, 3, a="r", b=4))

for v, s in [("abc", "10"), ("abc", ">10"), ("abc", "^9"), ("abc", ".2"), ("abc", "x<6.1"), ("abc", "05"), ("abc", "+"),
             ("abc", "="), ("abc", "#"), ("abc", "z"), ("abc", ","), ("abc", "d"), (5, "s"), (5, ".2"), (5, "z"),
             (5, "+c"), (5, "#c"), (5, ",c"), (-1, "c"), (0x110000, "c"), (1.5, "d"), (1.5, "x"), (1.5, "c"),
             (5, ",_"), (5, "_,"), (5, ",x"), (5, ".,x"), (1.5, ".,n"), (1.5, ",n"), (5, "xx"), (1.5, "1.2.3"), (5, "."),
             (None, ""), (None, "s"), ([1, 2], ""), ([1, 2], ">10")]:
    show(f"format({v!r}, {s!r})", lambda: format(v, s))
show("f'{1.5:d}'", lambda: f"{1.5:d}")
show("'{:q}'.format(1)", lambda: "{:q}".format(1))
