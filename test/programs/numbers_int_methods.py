# The methods and attributes of int and bool, called directly and through the type, with their
# argument errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for v in [0, 1, -1, 5, -5, 255, 256, 2**31 - 1, -2**31, 2**53 + 1, 2**64, -2**100 + 3, True, False]:
    print(repr(v), v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.is_integer(),
          v.real, v.imag, v.numerator, v.denominator, v.__trunc__(), v.__floor__(), v.__ceil__(),
          v.__index__(), v.__int__(), v.__float__(), v.__bool__(), v.__abs__(), v.__neg__(), v.__pos__(),
          v.__invert__() if type(v) is int else "-", v.__getnewargs__())

for v, n in [(12345, -1), (12345, -2), (12355, -1), (12365, -1), (-12355, -1), (15, -1), (25, -1), (35, -1), (-25, -1),
             (150, -2), (250, -2), (1, -1), (5, -1), (99, -400), (2**100, -10), (7, 0), (7, 5), (7, None), (True, -1)]:
    show(f"({v}).__round__({n})", lambda: v.__round__(n))
show("(5).__round__()", lambda: (5).__round__())
show("(5).__round__(1.0)", lambda: (5).__round__(1.0))
show("(5).__round__(1, 2)", lambda: (5).__round__(1, 2))

show("(7).__add__(3)", lambda: (7).__add__(3))
show("(7).__add__(3.0)", lambda: (7).__add__(3.0))
show("(7).__radd__(3)", lambda: (7).__radd__(3))
show("(7).__sub__(True)", lambda: (7).__sub__(True))
show("(7).__rsub__(10)", lambda: (7).__rsub__(10))
show("(7).__mul__(6)", lambda: (7).__mul__(6))
show("(7).__truediv__(2)", lambda: (7).__truediv__(2))
show("(7).__rtruediv__(2)", lambda: (7).__rtruediv__(2))
show("(7).__floordiv__(-2)", lambda: (7).__floordiv__(-2))
show("(7).__mod__(-2)", lambda: (7).__mod__(-2))
show("(7).__divmod__(-2)", lambda: (7).__divmod__(-2))
show("(7).__rdivmod__(30)", lambda: (7).__rdivmod__(30))
show("(7).__pow__(2)", lambda: (7).__pow__(2))
show("(7).__pow__(2, 5)", lambda: (7).__pow__(2, 5))
show("(7).__pow__(-1, 10)", lambda: (7).__pow__(-1, 10))
show("(7).__pow__(-1)", lambda: (7).__pow__(-1))
show("(2).__rpow__(10)", lambda: (2).__rpow__(10))
show("(3).__rpow__(2, 5)", lambda: (3).__rpow__(2, 5))
show("(6).__and__(3)", lambda: (6).__and__(3))
show("(6).__or__(3)", lambda: (6).__or__(3))
show("(6).__xor__(3)", lambda: (6).__xor__(3))
show("(1).__lshift__(100)", lambda: (1).__lshift__(100))
show("(-1024).__rshift__(3)", lambda: (-1024).__rshift__(3))
show("(5).__rlshift__(2)", lambda: (5).__rlshift__(2))
show("(1).__lshift__(-1)", lambda: (1).__lshift__(-1))
show("(5).__lt__(6)", lambda: (5).__lt__(6))
show("(5).__eq__(5.0)", lambda: (5).__eq__(5.0))
show("(5).__ne__('5')", lambda: (5).__ne__("5"))
show("(5).__ge__(True)", lambda: (5).__ge__(True))
show("(5).__hash__()", lambda: (5).__hash__())
show("(-1).__hash__()", lambda: (-1).__hash__())
show("(5).__repr__()", lambda: (5).__repr__())
show("(5).__format__('>4')", lambda: (5).__format__(">4"))
show("(5).__format__('')", lambda: (5).__format__(""))
show("True.__format__('')", lambda: True.__format__(""))
show("True.__format__('^5')", lambda: True.__format__("^5"))
show("True.__repr__()", lambda: True.__repr__())
show("True.__and__(False)", lambda: True.__and__(False))
show("True.__or__(0)", lambda: True.__or__(0))
show("False.__xor__(True)", lambda: False.__xor__(True))
show("True.__rand__(3)", lambda: True.__rand__(3))
show("True & False, True | 2, True ^ True", lambda: (True & False, True | 2, True ^ True))

show("int.__add__(2, 3)", lambda: int.__add__(2, 3))
show("int.bit_length(1024)", lambda: int.bit_length(1024))
show("int.bit_length(True)", lambda: int.bit_length(True))
show("bool.__and__(True, True)", lambda: bool.__and__(True, True))
show("int.bit_length('x')", lambda: int.bit_length("x"))
show("int.bit_length()", lambda: int.bit_length())
show("int.__neg__(4)", lambda: int.__neg__(4))
show("int.real.__get__(7)", lambda: int.real.__get__(7) if hasattr(int.real, "__get__") else 7)

show("(5).bit_length(1)", lambda: (5).bit_length(1))
show("(5).bit_count(x=1)", lambda: (5).bit_count(x=1))
show("(5).__add__()", lambda: (5).__add__())
show("(5).__add__(1, 2)", lambda: (5).__add__(1, 2))
show("(5).__neg__(1)", lambda: (5).__neg__(1))
show("(5).__pow__()", lambda: (5).__pow__())
show("(5).__format__()", lambda: (5).__format__())
show("(5).__format__(5)", lambda: (5).__format__(5))
show("(5).__truediv__(0)", lambda: (5).__truediv__(0))
show("(5).__floordiv__(0)", lambda: (5).__floordiv__(0))
show("(5).__mod__(0)", lambda: (5).__mod__(0))
show("(5).__pow__(2, 0)", lambda: (5).__pow__(2, 0))
show("(4).__pow__(-1, 6)", lambda: (4).__pow__(-1, 6))
show("(0).__pow__(-2)", lambda: (0).__pow__(-2))
show("(2**62).__sizeof__() >= (1).__sizeof__()", lambda: (2**62).__sizeof__() >= (1).__sizeof__())

for v, args, kw in [(1024, (2, "big"), {}), (1024, (2, "little"), {}), (255, (), {}), (256, (), {}), (-1, (2,), {"signed": True}),
                    (-1, (2,), {}), (128, (1,), {"signed": True}), (-128, (1,), {"signed": True}), (0, (0,), {}), (1, (0,), {}),
                    (1, (-1,), {}), (1, (2, "middle"), {}), (1, (2, 5), {}), (2**64, (9, "little"), {}), (True, (), {})]:
    show(f"({v}).to_bytes(*{args}, **{kw})", lambda: v.to_bytes(*args, **kw))
for data, args, kw in [(b"\x04\x00", ("big",), {}), (b"\x04\x00", ("little",), {}), (b"\xff\xff", (), {"signed": True}), (b"", (), {}),
                       ([1, 2], (), {}), ("ab", (), {}), ([256], (), {}), (b"\x01", ("sideways",), {})]:
    show(f"int.from_bytes({data!r}, *{args}, **{kw})", lambda: int.from_bytes(data, *args, **kw))
show("bool.from_bytes(b'\\x02')", lambda: bool.from_bytes(b"\x02"))
show("int.from_bytes()", lambda: int.from_bytes())
for v in (1, 2**40, -(2**40), 12345678901234567890):
    show(f"round trip {v}", lambda: int.from_bytes(v.to_bytes(16, "little", signed=True), "little", signed=True) == v)
show("int(b' 12 '), int(b'ff', 16), float(b'1.5')", lambda: (int(b" 12 "), int(b"ff", 16), float(b"1.5")))
show("int(b'x')", lambda: int(b"x"))
show("float(b'x')", lambda: float(b"x"))
