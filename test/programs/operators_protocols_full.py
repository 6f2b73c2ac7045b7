# Operator protocols: unary, reflected and in-place fallbacks, __index__, __bool__/__len__, comparisons


class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"V{self.c}"

    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))

    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __bool__(self):
        return any(self.c)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __contains__(self, x):
        return x in self.c

    def __round__(self, n=None):
        return V(*(round(a, n) for a in self.c))

    __hash__ = None


a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 2 * a, a @ b, -a, +a, abs(b), ~a, a == V(1, 2), a != b, a < b, a <= a, b > a, b >= a)
print(sum([a, b, V(1, 1)]), bool(V(0, 0)), bool(a), len(a), list(a), 2 in a, 5 in a, a[-1], a[::-1])
print(round(V(1.26, 2.5)), round(V(1.26, 2.5), 1), sorted([b, a, V(0, 1)]), max(a, b))
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


i = Idx(2)
print([10, 20, 30][i], "abcdef"[i:Idx(4)], bin(i), hex(Idx(255)), range(10)[i], [1, 2] * i, i.__index__())


class Sized:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Sized()), bool(Truthy()), not Sized(), "yes" if Truthy() else "no")


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for obj in [BadBool(), BadLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class InplaceOnly:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


x = InplaceOnly()
x += 1
x += 2
print(x.items)
try:
    x + 3
except TypeError as e:
    print("TypeError:", e)


class Chain:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v


print(Chain(1) < Chain(2) < Chain(3), Chain(3) < Chain(2) < Chain(1))
print(Chain(2) > Chain(1))
