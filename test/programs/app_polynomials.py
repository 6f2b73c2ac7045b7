# Polynomials with integer and rational-looking coefficients: arithmetic, evaluation, derivatives, roots


class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly(*[-a for a in self.c])

    def __sub__(self, o):
        return self + -(o if isinstance(o, Poly) else Poly(o))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            factor = rem[-1] / d.c[-1]
            if factor == int(factor):
                factor = int(factor)
            quot[shift] = factor
            for i, b in enumerate(d.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(*quot), Poly(*rem)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree > 0:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        text = "".join(f" {s} {t}" for s, t in terms).strip()
        return text[2:] if text.startswith("+ ") else "-" + text[2:]


def newton(p, x0, steps=20):
    d = p.derivative()
    x = x0
    for _ in range(steps):
        x = x - p(x) / d(x)
    return round(x, 10)


p = Poly(-6, 11, -6, 1)
q = Poly(1, 1)
print(p, "|", q, "|", p.degree, q.degree, Poly().degree)
print(p + q, "|", p - q, "|", p * q, "|", q ** 3, "|", 2 * q + 1)
print([p(x) for x in range(5)], p.derivative(), p.derivative().derivative())
quot, rem = divmod(p, Poly(-1, 1))
print(quot, "|", rem, "|", quot * Poly(-1, 1) + rem == p)
print(divmod(Poly(1, 0, 1), Poly(1, 1)))
print([newton(p, x0) for x0 in (0, 1.6, 10)])
print(Poly(0, 0, 0), Poly(5), -Poly(1, -2, 3), Poly(0, 1) ** 0)
