# bin, oct, hex, chr, ord, ascii, repr, format and the int/float/bool/str constructors with
# __index__, __int__, __float__, __format__ and their errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntLike:
    def __int__(self):
        return 42


class FloatLike:
    def __float__(self):
        return 2.5


class BadInt:
    def __int__(self):
        return "nope"


class BadFloat:
    def __float__(self):
        return 1


class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"


class BadFmt:
    def __format__(self, spec):
        return 5


for v in [0, 5, -5, 255, -256, 2**70, True, Idx(10), Idx(-3)]:
    for f in (bin, oct, hex):
        show(f"{f.__name__}({v!r})" if not isinstance(v, Idx) else f"{f.__name__}(Idx)", lambda: f(v))
show("hex(1.5)", lambda: hex(1.5))
show("bin('1')", lambda: bin("1"))
show("oct()", lambda: oct())
show("hex(Idx('x'))", lambda: hex(Idx("x")))

for v in [65, 0x263A, 0x1F600, 0, 0x10FFFF, True, Idx(97)]:
    show(f"chr({v!r})" if not isinstance(v, Idx) else "chr(Idx(97))", lambda: chr(v))
show("chr(-1)", lambda: chr(-1))
show("chr(0x110000)", lambda: chr(0x110000))
show("chr(2**100)", lambda: chr(2**100))
show("chr(65.0)", lambda: chr(65.0))
show("chr('A')", lambda: chr("A"))
show("chr()", lambda: chr())
for s in ["A", "é", "😀", "\x00"]:
    show(f"ord({s!r})", lambda: ord(s))
show("ord('')", lambda: ord(""))
show("ord('ab')", lambda: ord("ab"))
show("ord(65)", lambda: ord(65))
show("ord()", lambda: ord())

for v in ["héllo", "tab\t", "😀", "\u2028", 1.5, [1, "é"], {"k": "ü"}, None]:
    show(f"ascii({v!r})", lambda: ascii(v))
    show(f"repr({v!r})", lambda: repr(v))
show("ascii()", lambda: ascii())
show("repr(1, 2)", lambda: repr(1, 2))

show("format(Fmt(), 'abc')", lambda: format(Fmt(), "abc"))
show("format(Fmt())", lambda: format(Fmt()))
show("f'{Fmt():xyz}'", lambda: f"{Fmt():xyz}")
show("format(BadFmt(), '')", lambda: format(BadFmt(), ""))
obj = object()
show("format(obj, '') == str(obj)", lambda: format(obj, "") == str(obj))
show("format(object(), 'x')", lambda: format(object(), "x"))
show("format([1], '')", lambda: format([1], ""))
show("format([1], '>5')", lambda: format([1], ">5"))
show("format(1, 2)", lambda: format(1, 2))
show("format()", lambda: format())
show("format(1, '', 3)", lambda: format(1, "", 3))

for v in ["12", " -7 ", "0x1f", "1_000", "1.5", "", IntLike(), Idx(9), 3.99, -3.99, True, 2**80, None, BadInt()]:
    show(f"int({v!r})" if not isinstance(v, (IntLike, Idx, BadInt)) else f"int({type(v).__name__})", lambda: int(v))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("101", 2), ("12", 2), ("077", 8), ("077", 0), ("0o77", 0), ("10", 1), ("10", 37)]:
    show(f"int({s!r}, {b})", lambda: int(s, b))
show("int(10, 2)", lambda: int(10, 2))
show("int('10', base=Idx(8))", lambda: int("10", base=Idx(8)))
show("int(base=2)", lambda: int(base=2))
show("int()", lambda: int())
show("int(x='1')", lambda: int(x="1"))
for v in ["1.5", " -2e3 ", "inf", "-nan", "1_0.5", "0x10", "", "abc", 7, 2**80, 10**400, FloatLike(), Idx(3), True, None, BadFloat()]:
    show(f"float({v!r})" if not isinstance(v, (FloatLike, Idx, BadFloat)) else f"float({type(v).__name__})", lambda: float(v))
show("float()", lambda: float())
show("float(1, 2)", lambda: float(1, 2))
show("float(x=1)", lambda: float(x=1))
for v in [0, 1, -1, 0.0, "", "0", [], [0], None, Idx(0)]:
    show(f"bool({v!r})" if not isinstance(v, Idx) else "bool(Idx(0))", lambda: bool(v))
show("bool(x=1)", lambda: bool(x=1))
show("bool(1, 2)", lambda: bool(1, 2))
show("str(12.0)", lambda: str(12.0))
show("str(-0.0)", lambda: str(-0.0))
show("str(1e16)", lambda: str(1e16))
show("str(True)", lambda: str(True))
