# Matrices as lists of lists: arithmetic through operator overloading, determinants, errors


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{x}") for row in self.rows for x in row)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in row) + "]" for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __neg__(self):
        return -1 * self

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]]) if n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a @ b)
print(2 * a == a * 2, -a, a.transpose())
print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(3).det())
print(a @ Matrix.identity(2) == a, a[1, 0], a.shape)
m = Matrix([[1.5, 2], [0, -1]])
print(m)
print(m @ m)
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: Matrix([[1, 2]]).det(), lambda: a + 1, lambda: a * "x", lambda: a[2, 0]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
