import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.CIRCLE, Shape.SQUARE + 1, Shape.SQUARE == 2, repr(Shape.CIRCLE), sorted([Shape.SQUARE, Shape.CIRCLE]))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, bool(Perm(0)))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, int(Mode.A | Mode.B), Mode(3), Mode.A | 4)

class Fruit(StrEnum):
    APPLE = auto()
    PEAR = "pear!"
print(Fruit.APPLE, Fruit.PEAR.upper(), f"{Fruit.APPLE}", Fruit.APPLE == "apple")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self):
        return self.mass / (4 / 3 * 3.141592653589793 * self.radius ** 3)
print(round(Planet.EARTH.density), Planet.MARS.mass)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print({c: c.value for c in Color})
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
