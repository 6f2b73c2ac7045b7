# enum as applications use it: Flag composition and iteration, IntFlag arithmetic, StrEnum,
# _missing_ hooks, aliases, @unique/@verify errors, the functional API, member str/repr/format,
# pickling by name, and enum-based dispatch.
import enum
import pickle
from enum import (Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique, verify, CONTINUOUS, NAMED_FLAGS,
                  UNIQUE, FlagBoundary, member, nonmember)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw is Perm.RW, list(rw), len(rw), Perm.WRITE in rw, Perm.EXEC in rw)
print(~Perm.READ, repr(Perm(0)), bool(Perm(0)), Perm.ALL & ~Perm.WRITE, Perm.READ ^ Perm.RW)
print([m.name for m in Perm], list(Perm.__members__), Perm["EXEC"], Perm(5), Perm._value2member_map_.get(3))
print(format(Perm.READ), f"{Perm.RW!r}", Perm.RW.name, Perm(6).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Style(IntFlag):
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4


st = Style.BOLD | Style.UNDERLINE
print(st, repr(st), int(st), st + 1, st | 8, repr(Style(8)), repr(Style(13)), st == 5, isinstance(st, int))
print(format(st, "04b"), f"{Style.ITALIC:>6}", str(Style.ITALIC), hex(st), Style.BOLD < Style.ITALIC)


class Strict(Flag, boundary=FlagBoundary.STRICT):
    A = 1
    B = 2


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


print(repr(Eject(7)), type(Eject(7)).__name__)
try:
    Strict(7)
except ValueError as e:
    print("ValueError:", e)


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = "navy"


print(Color.RED, repr(Color.GREEN), Color.DARK_BLUE.upper(), Color("navy"), "red" == Color.RED, f"<{Color.RED}>", Color.RED + "!")
print(sorted(Color), [c.value for c in Color], "".join(Color))


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    MISSING = 404

    @property
    def is_error(self):
        return self >= 400

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


print(Status(404), repr(Status.MISSING), Status.MISSING is Status.NOT_FOUND, Status("201"), Status.OK.is_error)
print(list(Status), list(Status.__members__.items())[-1], Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]))
print(f"{Status.OK}", format(Status.CREATED, "5d"), str(Status.OK), "%s %d" % (Status.OK, Status.OK))
for bad in (999, "abc"):
    try:
        Status(bad)
    except ValueError as e:
        print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


print([(p.name, p.surface_gravity) for p in Planet], Planet((5.976e+24, 6.37814e6)))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return f"{self.name.lower()} with value {self.value}"

    __str__ = describe


print(Shape.ALIAS_FOR_SQUARE, Shape(2).name, [s.name for s in Shape], str(Shape.CIRCLE), repr(Shape.CIRCLE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        ABC = 7
except ValueError as e:
    print("ValueError:", e)
print(verify(UNIQUE)(Enum("U", "X Y")).X)

# the functional API
Animal = Enum("Animal", "ANT BEE CAT")
Level = IntEnum("Level", [("LOW", 10), ("HIGH", 20)])
Mode = Enum("Mode", {"ON": "on", "OFF": "off"}, module=__name__, qualname="Mode")
print(list(Animal), Animal.BEE.value, Level.HIGH > Level.LOW, Mode("off"), Mode.__module__ == __name__)

# pickling and copying by name
for m in (Animal.CAT, Level.LOW, Perm.RW, Color.RED):
    r = pickle.loads(pickle.dumps(m))
    print(r is m or r == m, end=" ")
print()

# errors on redefinition and assignment
for stmt in ["Shape.SQUARE = 5", "del Shape.SQUARE", "Shape.SQUARE.value = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    class Extended(Shape):
        NEW = 9
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    SUB = member(lambda a, b: a - b)
    scale = nonmember(10)

    def __call__(self, *args):
        return self.value(*args) * Ops.scale


print([op.name for op in Ops], Ops.ADD(2, 3), Ops.SUB(2, 3), Ops.scale)


class Weekday(Enum):
    MON = 1
    TUE = 2

    @classmethod
    def from_abbrev(cls, s):
        return cls[s.upper()]

    def __repr__(self):
        return f"Weekday.{self.name}"


print(Weekday.from_abbrev("tue"), repr(Weekday.MON), Weekday.MON.__class__.__name__, Weekday.TUE._sort_order_)
dispatch = {Weekday.MON: "start", Weekday.TUE: "continue"}
print(dispatch[Weekday(2)], Weekday.MON in dispatch, enum.property is not None, dir(Weekday.MON)[:6])
