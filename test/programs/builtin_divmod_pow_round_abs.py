# divmod, pow, round, abs over ints, floats, bools, big ints and user types.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (-7.5, 2), (7, 0.5), (True, 2), (10**20, 7), (-10**20, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(5.0, 1.5), divmod(-0.0, 1), divmod(1e300, 1e-300)[1], divmod(float("inf"), 2) if False else None)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0), pow(0.0, 0), pow(-1, 0.5) if False else 0)
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 10), pow(7, -2, 10), pow(2, 10, -3), pow(-2, 3, -5), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), 2 ** -1, (-2) ** 3, (-2.0) ** 2, 10 ** 20, 10.0 ** 20)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1e16 + 1.0))
print(round(123.456, 1), round(123.456, -1), round(123.456, -3), round(-123.456, 0), round(5e-324, 400), round(1e300, -300))
print(round(15, -1), round(25, -1), round(-15, -1), round(10**20 + 5, -1), round(7, 3), round(True), round(True, 2), type(round(True)).__name__)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10**30), abs(float("-inf")), abs(-2**63))

class Num:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, o, mod=None):
        return ("pow", self.v, o, mod)
    def __rpow__(self, o, mod=None):
        return ("rpow", o, self.v, mod)
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "absolute"
    def __repr__(self):
        return f"Num({self.v})"
n = Num(3)
print(divmod(n, 2), divmod(2, n), pow(n, 2), pow(2, n), pow(n, 2, 5), n ** 4, 4 ** n, round(n), round(n, 2), abs(n))

class NoRound:
    pass
errors = [
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: divmod("a", 1),
    lambda: divmod(1),
    lambda: pow(2),
    lambda: pow(2, 3, 4, 5),
    lambda: pow(2.0, 3, 4),
    lambda: pow(2, 3.0, 4),
    lambda: pow(0, -1),
    lambda: pow(0.0, -1),
    lambda: pow(2, -1, 4),
    lambda: pow(2, 3, 0),
    lambda: pow("a", 2),
    lambda: round(NoRound()),
    lambda: round(1.5, 1.5),
    lambda: round("1.5"),
    lambda: abs("x"),
    lambda: abs(),
    lambda: round(),
    lambda: round(float("inf")),
    lambda: divmod(n, n),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(NoRound(), 2))
