# str.format and format(): fields, conversions, specs, nesting, errors.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{x}{y}{x}".format(x=1, y=2))
print("{0[1]} {0[0]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}|".format("x"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08}".format("ab", "cd", "ef", "gh", -42))
print("{:d} {:5d} {:<5d}| {:+d} {: d} {:_d} {:,d}".format(1, 2, 3, 4, 5, 1234567, 7654321))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:#X} {:c}".format(5, 8, 255, 255, 5, 8, 255, 255, 65))
print("{:e} {:E} {:f} {:F} {:g} {:G} {:%} {:n}".format(12345.678, 0.00012, 3.14159, float("inf"), 1e-7, 1e20, 0.25, 42))
print("{:.3} {:.3f} {:10.2e} {:<10.1%}| {:.0f} {:.0f} {:.0f}".format(3.14159, 2.71828, 123456.0, 0.5, 0.5, 1.5, 2.5))
print("{:,.2f} {:_.3f} {:,} {:_x} {:_b}".format(1234567.891, 9876543.21, 10**12, 0xdeadbeef, 255))
print("{:=+10d}|{:=10.2f}|{:#010x}|{:010.3f}".format(42, -3.5, 255, -2.25))
print("{:.2s}|{:5.1s}|{:>6.3}|".format("abcdef", "xyz", "hello"))
print("{0:{1}} {0:{2}{3}} {val:{fill}{align}{width}}".format(7, 5, "<", 4, val="v", fill="-", align="^", width=7))
print("{{}} {{{}}} }}{{".format("in"))
print("{:g} {:g} {:g} {:g} {:g}".format(100000.0, 1000000.0, 1e-4, 1e-5, 0.0))
print("{:.2g} {:#g} {:#.3g} {:g} {:g}".format(123.456, 1.0, 2.0, float("nan"), -0.0))
print(format(255, "x"), format(3.5), format("s", "^5"), format(True), format(True, "d"), format(None))
print(format(1234.5, ",.1f"), format(-7, "05"), format(2**70, ","), format(10**20, "e"))
print("{0.__class__.__name__} {0.imag}".format(2.5))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return "P<polar>"
        return f"P({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return "Point!"

p = Point(1.5, 2)
print("{}".format(p), "{:.2f}".format(p), "{:polar}".format(p), "{!r}".format(p), "{0!s:>10}".format(p))
print(f"{p:.1f} {p!r} {p=}")

class NoFormat:
    pass

errors = [
    lambda: "{}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{1}".format(1),
    lambda: "{x}".format(y=1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0!x}".format(1),
    lambda: "{:d}".format("s"),
    lambda: "{:s}".format(1),
    lambda: "{:x}".format(1.5),
    lambda: "{:,s}".format("a"),
    lambda: "{:=}".format("a"),
    lambda: "{0[}".format([1]),
    lambda: "{0.}".format(1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
    lambda: "{:>{}}".format("a"),
    lambda: format(NoFormat(), "x"),
    lambda: format(1, "z"),
    lambda: format(1.5, "d"),
    lambda: "{:c}".format(-1),
    lambda: "{:.2d}".format(1),
    lambda: "{:+s}".format("a"),
    lambda: format(3, 5),
    lambda: "{0:{1}}".format(1, "{}"),
    lambda: "{!}".format(1),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
