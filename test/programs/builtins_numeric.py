# abs, divmod, pow, round with ints, floats, bools and classes that define the special methods;
# every error path is caught and printed.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other):
        return ("rpow", other)


show("abs(-7)", lambda: abs(-7))
show("abs(-2**70)", lambda: abs(-2 ** 70))
show("abs(-0.0)", lambda: abs(-0.0))
show("abs(True)", lambda: abs(True))
show("abs(Money(-5))", lambda: abs(Money(-5)))
show("abs('x')", lambda: abs("x"))
show("abs()", lambda: abs())
show("abs(1, 2)", lambda: abs(1, 2))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2**65, 3), (1, 0), (1.0, 0), (0.0, -3.0), (True, 2)]:
    show(f"divmod({a!r}, {b!r})", lambda: divmod(a, b))
show("divmod(Money(1), 2)", lambda: divmod(Money(1), 2))
show("divmod(2, Money(1))", lambda: divmod(2, Money(1)))
show("divmod('a', 2)", lambda: divmod("a", 2))
show("divmod(1)", lambda: divmod(1))

for args in [(2, 10), (2, -1), (2.0, 0.5), (0, 0), (0, -1), (-8, 3), (10, 20, 7), (3, -1, 7), (2, -1, 4), (2, 5, 0), (2, 5, -7),
             (12345678901234567890, 98765, 10**9 + 7), (2.0, 3, 5), (2, 3.0, 5), (1.5, 2, None)]:
    show(f"pow{args!r}", lambda: pow(*args))
show("pow(base=3, exp=4)", lambda: pow(base=3, exp=4))
show("pow(3, exp=4, mod=5)", lambda: pow(3, exp=4, mod=5))
show("pow(Money(2), 3)", lambda: pow(Money(2), 3))
show("pow(2, Money(3))", lambda: pow(2, Money(3)))
show("pow(Money(2), 3, 5)", lambda: pow(Money(2), 3, 5))
show("pow('a', 2)", lambda: pow("a", 2))
show("pow(2, 'a', 3)", lambda: pow(2, "a", 3))
show("pow(2)", lambda: pow(2))
show("pow()", lambda: pow())
show("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4))
show("pow(1, 2, x=3)", lambda: pow(1, 2, x=3))

for x in [2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 2.675, 0.125, 1e16, 7, -7, True]:
    show(f"round({x!r})", lambda: round(x))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (1234.5678, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1),
             (25, -1), (123, 1), (1e300, -300), (5e-324, 400), (float("inf"), 2), (float("nan"), 0), (-0.4, 0), (12, None), (1.5, None)]:
    show(f"round({x!r}, {n!r})", lambda: round(x, n))
show("round(number=2.5)", lambda: round(number=2.5))
show("round(Money(1))", lambda: round(Money(1)))
show("round(Money(1), 3)", lambda: round(Money(1), 3))
show("round(float('inf'))", lambda: round(float("inf")))
show("round(float('nan'))", lambda: round(float("nan")))
show("round('1.5')", lambda: round("1.5"))
show("round(1.5, 1.0)", lambda: round(1.5, 1.0))
show("round()", lambda: round())
show("round(1.5, 1, 2)", lambda: round(1.5, 1, 2))
