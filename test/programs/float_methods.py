# float: methods, special values, conversions, rounding and errors.
import math
vals = [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 1/3, 123456789.123, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), str(v), v.is_integer(), v.hex(), abs(v), -v, v.real, v.imag, v.conjugate())
for v in vals[:9]:
    print(v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex("0x.8"), float.fromhex(" 0x10 "))
print(float("1e5"), float("  -3.5  "), float("nan"), float("-inf"), float("INFINITY"), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(True), float(2**60), float("0x10".replace("0x", "")), float(b"2.5"), float("١.٥"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(12345.678, -2), round(0.5), round(1.5))
print(round(2.5, 0), round(-0.4), round(1e300, 2), round(7.0, None), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16 + 1, 2 ** 0.5, 10 / 4, 10 // 4.0, 2.0 ** -1, (-8) ** (1 / 3) if False else 0)
print(1e22, 1e21, 1e16, 1e15, 123456789012345680.0, 1.0e-4, 1.0e-5, 0.0001234, 100.0, -1e-7)
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < -1e308, float("nan") != float("nan"))
print(math.isnan(float("nan")), math.isinf(-float("inf")), math.isfinite(1.0), math.copysign(1, -0.0))
print(f"{3.14159:.2f} {2.5:e} {1e-10:g} {1234.5:,.2f} {0.5:%} {1.0:.0f} {-0.0:+.1f} {float('nan'):f}")
print((1.5).__add__(1), (1.5).__radd__(1), (3.0).__floordiv__(2), (3.0).__mod__(2), (2.0).__pow__(3), (1.5).__lt__(2))
print((1.5).__eq__("x"), (1.5).__int__(), (2.5).__round__(), (2.567).__round__(2), (1.5).__trunc__(), (0.0).__bool__())
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), 1.0 == 1, 1.5 > 1, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(float.__name__, isinstance(1.0, float), float.__mro__, type(1e5).__name__, 5e-324 / 2, 1e308 * 10)

errors = [
    lambda: float("abc"),
    lambda: float(""),
    lambda: float("1e"),
    lambda: float(None),
    lambda: float([1.0]),
    lambda: float(2**1024),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0,
    lambda: divmod(1.0, 0.0),
    lambda: (-8.0) ** 0.5 if False else 0.0 ** -1,
    lambda: float("inf").as_integer_ratio(),
    lambda: float("nan").as_integer_ratio(),
    lambda: float.fromhex("xyz"),
    lambda: float.fromhex("0x1p99999"),
    lambda: round(1.5, "x"),
    lambda: round(float("inf")),
    lambda: round(float("nan")),
    lambda: math.sqrt(-1),
    lambda: (1.5).hex(1),
    lambda: (1.5).is_integer(2),
    lambda: int(float("-inf")),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(float("1.2.3"))
