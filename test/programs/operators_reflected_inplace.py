# binary operators: NotImplemented fallbacks, reflected operands, subclass priority for the
# reflected method, in-place operators falling back to binary ones, and the TypeError messages
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, other):
        print(f"  Vec.__add__({other!r})")
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print(f"  Vec.__radd__({other!r})")
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c

v, w = Vec(1, 2), Vec(3, 4)
print(v + w)
print(v + 10)
print(10 + v)
print(v * 3, 3 * v, v @ w, -v, abs(Vec(3, 4)), v == Vec(1, 2), v != w)
for op in [lambda: v + "s", lambda: "s" + v, lambda: v * v, lambda: v @ 3, lambda: v - w, lambda: v / 2,
           lambda: 2 ** v, lambda: v < w, lambda: ~v, lambda: v % 1, lambda: divmod(v, 1), lambda: v << 1]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)

# a subclass that overrides the reflected method is tried first
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
class Unrelated:
    def __radd__(self, other):
        return "Unrelated.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Unrelated(), 1 + Derived())

# in-place: __iadd__ when present (its result is bound), else __add__; None from __iadd__ is bound
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, x):
        return OnlyAdd(self.n + x)
class ReturnsNone:
    def __iadd__(self, x):
        return None
a = Acc()
alias = a
a += 1
a += 2
print(a is alias, a.items)
o = OnlyAdd(1)
before = o
o += 5
print(o.n, o is before)
r = ReturnsNone()
r += 1
print(r)
class NoIAdd:
    def __iadd__(self, x):
        return NotImplemented
    def __add__(self, x):
        return "fell back to __add__"
n = NoIAdd()
n += 1
print(n)
for expr in ["x = 1\nx @= 2", "x = []\nx -= [1]", "x = 'a'\nx *= 'b'", "x = {1}\nx += {2}", "x = None\nx |= 1"]:
    try:
        exec(expr)
    except TypeError as e:
        print("TypeError", e)
# list += any iterable, list + list only
lst = [1]
lst += (2, 3)
lst += "ab"
lst += {9: 0}
print(lst)
try:
    lst = lst + (1,)
except TypeError as e:
    print("TypeError", e)
# bool, int and float mix
print(True + 1.5, 3 // 2.0, -7 % 3.0, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3), 7 // -2, 1 - True)
