# int: methods, constructors, conversions and their errors.
for n in [0, 1, -1, 5, 255, -256, 2**31, 2**63 - 1, -(2**64), 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.is_integer(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print((1024).to_bytes(4, byteorder="little"), (2**64 - 1).to_bytes(8), (-129).to_bytes(2, signed=True))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(bytearray(b"\x80"), signed=True))
print((7).as_integer_ratio(), (-12).as_integer_ratio(), True.as_integer_ratio())
print(int("42"), int(" -17 "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("1_000"))
print(int(3.99), int(-3.99), int(True), int("  +7\n"), int(b"12"), int("١٢٣"), int("0", 0), int("00", 0))
print(int.__name__, type(int()).__name__, int(), int(x="5", base=8) if False else int("5", base=8))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), 17 // -5, -17 % 5, 7 % -3, pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(abs(-5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(7))
print(5 .__add__(3), (5).__sub__(1), (5).__rsub__(1), (7).__floordiv__(2), (7).__truediv__(2), (2).__pow__(10))
print((5).__add__(1.0), (5).__lt__(6), (5).__eq__("5"), (5).__hash__() == 5, (-1).__hash__(), (6).__index__())
print(int.bit_length(9), int.__abs__(-3), (3).__neg__(), (3).__invert__(), (3).__bool__(), (0).__bool__())
print(1 << 70, (1 << 70) >> 68, -1 >> 5, 5 & 3, 5 | 3, 5 ^ 3, ~5, -8 >> 1, 0 ** 0)
print(int("9" * 40), -int("9" * 40) // 7, int("9" * 40) % 1000)
print(format(10**20, "_"), format(-255, "#x"), format(255, "010b"), f"{12345:>10,}", f"{-42:+05d}")
print(0x7fffffff + 1, -0x80000000 - 1, 2**53 + 1, float(2**53 + 1), 10**16 + 1)
print(isinstance(True, int), True + True, int.__mro__, issubclass(bool, int))

errors = [
    lambda: int("abc"),
    lambda: int("12", 1),
    lambda: int("12", 37),
    lambda: int(1.5, 10),
    lambda: int(float("nan")),
    lambda: int(float("inf")),
    lambda: int(None),
    lambda: int([1]),
    lambda: int(""),
    lambda: int("1__0"),
    lambda: int("0x", 16),
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes("ab", "big"),
    lambda: (5).bit_length(1),
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2, 3, 0),
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: (5).__add__(),
    lambda: int("5", base="10"),
    lambda: (0).__pow__(-1),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(int("12", 2))
