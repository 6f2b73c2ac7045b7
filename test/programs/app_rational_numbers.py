# A Fraction-like rational type: normalisation, operators with ints and floats, hashing, formatting


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Q({n}, 0)")
        if not isinstance(n, int) or not isinstance(d, int):
            raise TypeError("numerator and denominator must be int")
        g = gcd(n, d) or 1
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, sign * d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Q):
            return x
        if isinstance(x, int):
            return Q(x)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Q._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Q(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Q._coerce(o) / self

    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __abs__(self):
        return Q(abs(self.n), self.d)

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"Q({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


a, b = Q(1, 3), Q(-2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(b))
print(1 + a, 2 - a, 3 * a, 1 / a, a + 1 == Q(4, 3), a == 1 / 3, Q(2, 4) == Q(1, 2), Q(4, 2) == 2)
print(sorted([Q(1, 2), Q(1, 3), Q(2, 3), 0, Q(-1, 5)]), max(Q(7, 8), Q(8, 9)), min(a, b))
print(sum([Q(1, n) for n in range(1, 7)]), sum(Q(1, 2 ** k) for k in range(10)))
print(float(Q(22, 7)), int(Q(-7, 2)), bool(Q(0, 5)), f"{Q(1, 3):.4f}", f"{Q(5, 10)}", f"{Q(3, 1)!r}")
print(len({Q(1, 2), Q(2, 4), Q(3, 6)}), {Q(4, 2): "two"}[2], hash(Q(6, 3)) == hash(2))
for bad in [lambda: Q(1, 0), lambda: Q(1.5), lambda: a + 0.5, lambda: a < "x", lambda: Q(0) ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x = Q(1)
for _ in range(5):
    x = (x + Q(2) / x) / 2
print(x, f"{x:.12f}", float(x) ** 2)
