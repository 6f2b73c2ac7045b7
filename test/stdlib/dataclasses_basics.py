from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, KW_ONLY, InitVar
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1), p != Point(2), asdict(p), astuple(p))
print(replace(p, y=5), [f.name for f in fields(Point)], Point.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    history: list[str] = field(default_factory=list, repr=False)
    rate: InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.balance *= rate

a = Account("ann", balance=10.0, rate=2.0)
print(a, a.history)
try:
    Account("bob", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
print(dataclasses.is_dataclass(s), dataclasses.is_dataclass(3))
C = dataclasses.make_dataclass("C", [("x", int), ("y", str, field(default="q"))])
print(C(3), C.__name__)
match Point(3, 4):
    case Point(x, y):
        print("matched", x, y)
