import enum
from enum import Enum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, StrEnum, member, nonmember

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(list(Perm), Perm.RWX, Perm(5), ~Perm.X, Perm.R in Perm.RWX, bool(Perm(0)), Perm.RWX.value, len(Perm.RWX))
class Color(IntFlag, boundary=enum.KEEP):
    RED = 1
    GREEN = 2
print(Color(7), Color.RED | 8, int(Color.GREEN | Color.RED))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    def describe(self):
        return f"{self.name.lower()}:{self.value}"
    @classmethod
    def favourite(cls):
        return cls.CIRCLE
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__["ALIAS"], Shape.SQUARE.describe(), Shape.favourite())
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Cont(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
class Ex(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def B():
        return 2
print([m.name for m in Ex], Ex.helper, callable(Ex.B.value))
class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = auto()
print(Ordinal.NORTH, Ordinal.NORTH.upper(), "north" == Ordinal.NORTH)
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet.VENUS, Planet(1), Planet["MERCURY"].name)
print(enum.Enum.__members__ if False else sorted(dir(Shape.SQUARE))[:6])
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next, Weekday.TUE.next, Weekday._missing_(3))
try:
    Weekday(9)
except ValueError as e:
    print("ValueError:", e)
