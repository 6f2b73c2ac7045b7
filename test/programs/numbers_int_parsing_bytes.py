# int(str, base) edge cases, int.to_bytes/from_bytes, float.hex/fromhex, bit operations


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


for text, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("  42  ", 10),
                   ("1_000", 10), ("1__0", 10), ("_1", 10), ("z", 36), ("Z", 36), ("10", 2), ("-0b11", 0),
                   ("+7", 8), ("08", 0), ("0", 0), ("00", 0), ("٣", 10), ("12", 1), ("12", 37), ("", 10),
                   ("0x", 16), ("1.5", 10), ("9" * 30, 10)]:
    show(f"int({text!r}, {base})", lambda: int(text, base))
show("int(b'42')", lambda: int(b"42"))
show("int(3.9)", lambda: int(-3.9))
show("int('inf')", lambda: int(float("inf")))
show("int(nan)", lambda: int(float("nan")))
show("int(base kw)", lambda: int("11", base=3))
show("int(5, 10)", lambda: int(5, 10))

for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True),
                                 (255, 1, "big", False), (256, 1, "big", False), (-129, 1, "little", True),
                                 (0, 0, "big", False), (2**64 - 1, 8, "little", False)]:
    show(f"({n}).to_bytes({length}, {order!r}, signed={signed})", lambda: n.to_bytes(length, order, signed=signed))
print((65535).to_bytes(2), (1).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("neg unsigned", lambda: (-5).to_bytes(2, "big"))

for x in [1.0, 0.5, -2.75, 3.141592653589793, 1e-310, 0.0, -0.0, float("inf"), 2**53 + 0.0, 0.1]:
    print(repr(x), x.hex())
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "0X1P+3", "  0x1.921fb54442d18p+1  ", "inf", "-Infinity", "nan", "0x1p-1074", "1"]:
    show(f"fromhex({s!r})", lambda: float.fromhex(s))
show("fromhex bad", lambda: float.fromhex("0xg"))
show("fromhex huge", lambda: float.fromhex("0x1p99999"))

for v in [0, 1, 7, 255, -1, -128, 2**100, -(2**100) - 1]:
    print(v, v.bit_length(), v.bit_count(), bin(v), oct(v), hex(v))
print((10).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag, True.numerator)
print((3.0).is_integer(), (3.5).is_integer(), (12).is_integer())
print(int.__index__(5), (255).__format__("08b"), format(-255, "#x"), format(2**40, ","))
print(1 << 100 >> 98, -7 >> 1, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), ~5, 5 ^ 3, 6 & 3, 6 | 3)
show("negative shift", lambda: 1 << -1)
show("float shift", lambda: 1 << 2.0)
