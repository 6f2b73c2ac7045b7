# Classes: dunder protocols, class attributes, inheritance chains, and repr/str/format.
from math import sqrt


class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return sqrt(self.x ** 2 + self.y ** 2)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 2 * v, -v, abs(v), v == Vector(3, 4), v != w)
print(repr(v), str(v), f"{v:.1f}", list(v), bool(Vector(0, 0)), {v: "v"}[Vector(3, 4)])
match v:
    case Vector(0, 0):
        print("origin")
    case Vector(x, 0) | Vector(0, x):
        print("axis", x)
    case Vector(x=3, y=y):
        print("x is three, y =", y)


class Shape:
    count = 0

    def __init__(self, name):
        Shape.count += 1
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


shapes = [Rect(2, 3), Square(2)]
for s in shapes:
    print(s.describe(), isinstance(s, Rect), type(s).__mro__[1].__name__)
print(Shape.count, Square.__bases__, issubclass(Square, Shape))
try:
    Shape("x").describe()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
