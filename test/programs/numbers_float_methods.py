# The methods and attributes of float: exact ratios, hex round trips, correctly rounded round(),
# truncation, divmod and pow, and their errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.75, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, 123456.789,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag, v.__abs__(), v.__neg__(), v.__pos__(),
          v.__bool__(), v.__getnewargs__(), v.__float__())
    for m in ("as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__int__", "__round__"):
        show(f"  ({v!r}).{m}()", lambda: getattr(v, m)())

for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
          "  -0x.8p0  ", "1", "0x1.", ".8", "inf", "-Infinity", "NaN", "0x", "0xp1", "1e5", "0x1p", "0x1.8p1 x"]:
    show(f"float.fromhex({s!r})", lambda: float.fromhex(s))
for v in [0.1, -2.5, 1e300, 5e-324, 3.0]:
    show(f"round trip {v!r}", lambda: float.fromhex(v.hex()) == v)
show("float.fromhex(5)", lambda: float.fromhex(5))
show("float.fromhex()", lambda: float.fromhex())
show("(1.5).hex(1)", lambda: (1.5).hex(1))

for v, n in [(2.675, 2), (0.125, 2), (0.375, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0), (1.005, 2), (1234.5678, -2), (1234.5678, 1),
             (0.045, 2), (9.995, 2), (1e22, -22), (1e300, -301), (5e-324, 323), (5e-324, 324), (123.456, 400), (123.456, -400),
             (-0.001, 2), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (float("inf"), 1), (float("nan"), 1),
             (2.5, None), (3.5, None), (-0.5, None)]:
    show(f"({v!r}).__round__({n!r})", lambda: v.__round__(n))
show("(1.5).__round__('2')", lambda: (1.5).__round__("2"))
show("(1.5).__round__(2.0)", lambda: (1.5).__round__(2.0))
show("(1e300).__round__()", lambda: (1e300).__round__())
show("float('inf').__round__()", lambda: float("inf").__round__())
show("float('nan').__round__()", lambda: float("nan").__round__())

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.0, -3.0), (-0.0, 3.0), (1e308, 1e-308), (5.0, float("inf")), (-5.0, float("inf")),
             (float("inf"), 2.0), (float("nan"), 1.0), (7.0, 0.0), (7, 0.5)]:
    show(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
    show(f"{a!r} // {b!r}", lambda: a // b)
    show(f"{a!r} % {b!r}", lambda: a % b)
for a, b in [(2.0, 10), (2.0, -2), (2.0, 0.5), (-8.0, 3), (-8.0, 2), (0.0, 0), (0.0, -1), (-0.0, 3), (1.0, float("nan")),
             (float("nan"), 0), (float("inf"), -1), (-1.0, float("inf")), (0.5, float("inf")), (10.0, 308), (1.5, 1.5), (4.0, 0.5)]:
    show(f"{a!r} ** {b!r}", lambda: a ** b)
show("(2.0).__pow__(3, 5)", lambda: (2.0).__pow__(3, 5))
show("(2.0).__rpow__(3)", lambda: (2.0).__rpow__(3))
show("(2.0).__rdivmod__(7)", lambda: (2.0).__rdivmod__(7))
show("(2.0).__truediv__(0)", lambda: (2.0).__truediv__(0))
show("(2.0).__add__('x')", lambda: (2.0).__add__("x"))
show("(2.0).__eq__(2)", lambda: (2.0).__eq__(2))
show("(2.0).__lt__(2**60)", lambda: (2.0).__lt__(2**60))
show("float(2**53) == 2**53 + 1", lambda: float(2**53) == 2**53 + 1)
show("float(2**53) < 2**53 + 1", lambda: float(2**53) < 2**53 + 1)
show("1e300 < 10**300", lambda: 1e300 < 10**300)
show("1e300 == 10**300", lambda: 1e300 == 10**300)
show("float('inf') > 10**1000", lambda: float("inf") > 10**1000)
show("float('nan') == float('nan')", lambda: float("nan") == float("nan"))
show("1.5 + 10**400", lambda: 1.5 + 10**400)
show("float.__getformat__('double')", lambda: float.__getformat__("double"))
show("float.__getformat__('long')", lambda: float.__getformat__("long"))
show("float.from_number(7)", lambda: float.from_number(7))
show("float.from_number(True)", lambda: float.from_number(True))
show("float.from_number('7')", lambda: float.from_number("7"))
show("float.__add__(1.0, 2.0)", lambda: float.__add__(1.0, 2.0))
show("float.is_integer(3.0)", lambda: float.is_integer(3.0))
show("float.is_integer(3)", lambda: float.is_integer(3))
