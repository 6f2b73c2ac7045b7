# Annotations under PEP 649 (3.14): evaluated lazily through __annotate__


def greet(name: str, times: int = 1) -> str:
    return name * times


print(greet.__annotations__)
print(greet.__annotate__ is not None, greet.__annotate__(1))


def no_annotations(a, b):
    return a + b


print(no_annotations.__annotations__, no_annotations.__annotate__)


def forward(x: UndefinedLater) -> "still a string":
    return x


try:
    forward.__annotations__
except NameError as e:
    print("NameError:", e)
UndefinedLater = list
print(forward.__annotations__)


class Point:
    x: int
    y: int = 0
    label: "str" = "origin"

    def move(self, dx: int, dy: int) -> "Point":
        return self


print(Point.__annotations__)
print(Point.move.__annotations__)
print(Point.y, hasattr(Point, "x"))


class Point3D(Point):
    z: float


print(Point3D.__annotations__, Point.__annotations__ is Point.__annotations__)


class Empty:
    pass


print(Empty.__annotations__, Empty.__annotate__)

greet.__annotations__ = {"changed": True}
print(greet.__annotations__)
try:
    greet.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


def local_annotations():
    value: int = 5
    other: str
    return value


print(local_annotations(), local_annotations.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
