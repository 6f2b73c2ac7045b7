# Python subclasses of int and float: construction through __new__, arithmetic falling back to
# int's and float's methods, overridden operators and reprs, hashing as dict keys, formatting.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"

    def to_f(self):
        return self * 9 / 5 + 32


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return Even(self // 2) if self % 4 == 0 else self // 2


class Flags(int):
    def __or__(self, other):
        return Flags(int(self) | int(other))

    __ror__ = __or__

    def __repr__(self):
        return f"Flags({int(self):#b})"


class Tagged(int):
    def __init__(self, value, tag="?"):
        self.tag = tag

    def __new__(cls, value, tag="?"):
        return super().__new__(cls, value)


t = Celsius(21.5)
show("t", lambda: t)
show("str(t)", lambda: str(t))
show("t.to_f()", lambda: t.to_f())
show("t + 1", lambda: t + 1)
show("type(t + 1).__name__", lambda: type(t + 1).__name__)
show("t * 2, 2 * t, t / 2, -t", lambda: (t * 2, 2 * t, t / 2, -t))
show("t > 20, t == 21.5, 21.5 == t", lambda: (t > 20, t == 21.5, 21.5 == t))
show("round(t)", lambda: round(t))
show("round(t, 0)", lambda: round(t, 0))
show("int(t), float(t)", lambda: (int(t), float(t)))
show("isinstance(t, float)", lambda: isinstance(t, float))
show("f'{t:.2f}'", lambda: f"{t:.2f}")
show("format(t)", lambda: format(t))
show("t.is_integer(), t.hex()", lambda: (t.is_integer(), t.hex()))
show("Celsius('12.25')", lambda: Celsius("12.25"))
show("Celsius('x')", lambda: Celsius("x"))
show("Celsius.fromhex('0x1.8p3')", lambda: Celsius.fromhex("0x1.8p3"))
show("t.__dict__", lambda: t.__dict__)
t.note = "ok"
show("t.note", lambda: t.note)

e = Even(8)
show("e", lambda: e)
show("e + 2, type(e + 2).__name__", lambda: (e + 2, type(e + 2).__name__))
show("e.half(), Even(6).half()", lambda: (e.half(), Even(6).half()))
show("Even(3)", lambda: Even(3))
show("e == 8, hash(e) == hash(8)", lambda: (e == 8, hash(e) == hash(8)))
show("[10, 20, 30][Even(2)]", lambda: [10, 20, 30][Even(2)])
show("range(Even(4))", lambda: range(Even(4)))
show("bin(e), hex(e)", lambda: (bin(e), hex(e)))
show("e.bit_length(), e.real, e.numerator", lambda: (e.bit_length(), e.real, e.numerator))
show("divmod(e, 3), pow(e, 2, 5)", lambda: (divmod(e, 3), pow(e, 2, 5)))
show("str(e), f'{e:>4}', format(e, 'x')", lambda: (str(e), f"{e:>4}", format(e, "x")))
show("int(e), type(int(e)).__name__", lambda: (int(e), type(int(e)).__name__))
show("isinstance(e, int), issubclass(Even, int)", lambda: (isinstance(e, int), issubclass(Even, int)))
show("sorted([Even(4), 3, Even(2)])", lambda: sorted([Even(4), 3, Even(2)]))
show("sum([Even(2), Even(4)])", lambda: sum([Even(2), Even(4)]))

a, b = Flags(1), Flags(4)
show("a | b", lambda: a | b)
show("a | 2", lambda: a | 2)
show("2 | a", lambda: 2 | a)
show("a & 1", lambda: a & 1)
show("a + b", lambda: a + b)
show("repr(a), str(a)", lambda: (repr(a), str(a)))
tg = Tagged(5, tag="five")
show("tg, tg.tag, tg * 2", lambda: (tg, tg.tag, tg * 2))
show("int.__new__(Even, 7)", lambda: int.__new__(Even, 7))
show("int.__new__(str, 7)", lambda: int.__new__(str, 7))
show("float.__new__(Celsius, '1.5')", lambda: float.__new__(Celsius, "1.5"))
show("int.__new__(bool, 1)", lambda: int.__new__(bool, 1))
show("bool.__new__(bool, [])", lambda: bool.__new__(bool, []))
