# Gaussian elimination over exact fractions (a small Fraction class), solving systems and inverting


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class F:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        o = o if isinstance(o, F) else F(o)
        return F(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = o if isinstance(o, F) else F(o)
        return F(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = o if isinstance(o, F) else F(o)
        return F(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = o if isinstance(o, F) else F(o)
        if o.n == 0:
            raise ZeroDivisionError("fraction division by zero")
        return F(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = o if isinstance(o, F) else F(o)
        return self.n == o.n and self.d == o.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"


def solve(a, b):
    n = len(a)
    m = [[F(x) for x in row] + [F(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [x / p for x in m[col]]
        for r in range(n):
            if r != col and m[r][col]:
                factor = m[r][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]


def inverse(a):
    n = len(a)
    cols = [solve(a, [1 if i == j else 0 for i in range(n)]) for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]


print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [5, 6]))
print(solve([[3, 2, -4], [2, 3, 3], [5, -3, 1]], [3, 15, 14]))
inv = inverse([[4, 7], [2, 6]])
print(inv)
print(inverse([[1, 2, 3], [0, 1, 4], [5, 6, 0]]))
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print("ValueError:", e)
h = [[F(1, i + j + 1) for j in range(3)] for i in range(3)]
print(h)
print(inverse([[1 / 1 if False else F(1, i + j + 1) for j in range(3)] for i in range(3)]))
print(F(6, -8), F(0, 5), F(3, 3) == 1, sum([F(1, 3)] * 3, F(0)) == 1)
