# dataclasses as models and configs use them: field options, defaults and factories, ordering,
# frozen instances, slots, kw_only, InitVar, __post_init__, replace, asdict/astuple, fields(),
# make_dataclass, inheritance, and the errors dataclass() raises.
import dataclasses
from dataclasses import (FrozenInstanceError, InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields,
                         is_dataclass, make_dataclass, replace)
from typing import ClassVar, Optional


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{self.label}"


vs = [Version(1, 2), Version(1, 10, 1), Version(0, 9, label="-rc1"), Version(1, 2, 0, "-final")]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1))
print(max(vs), Version(2) >= Version(1, 99), hash(Version(1)) if Version.__hash__ else "unhashable")


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="xyz", repr=False, compare=False)
    registry: ClassVar[list] = []

    def __post_init__(self):
        self.total = len(self.items)
        Inventory.registry.append(self.owner)


a, b = Inventory("ann"), Inventory("bob", ["x", "y"])
a.items.append("z")
print(a, b, a.items is not b.items, Inventory.registry, a == Inventory("ann", ["z"]))
print([(f.name, f.init, f.repr, f.compare, f.default is dataclasses.MISSING) for f in fields(Inventory)])


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.norm, hash(p) == hash(Point(3, 4)), {p, Point(3, 4)} == {p}, replace(p, y=0))
for attempt in (lambda: setattr(p, "x", 1), lambda: delattr(p, "y")):
    try:
        attempt()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(slots=True)
class Slotted:
    name: str
    tags: tuple = ()


s = Slotted("s")
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: Optional[float] = None
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        if self.timeout is not None:
            self.timeout *= scale


print(Options(level=3), Job("build", timeout=2.5, scale=4), Job("t", retries=0))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
try:
    Job("x", 5)
except TypeError as e:
    print("TypeError:", e)
print([f.name for f in fields(Job)], [f.kw_only for f in fields(Job)])


@dataclass
class Base:
    id: int
    note: str = "base"


@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
    note: str = "child"


c = Child(7)
print(c, asdict(c), astuple(c), is_dataclass(c), is_dataclass(Child), is_dataclass(int))


@dataclass
class Tree:
    value: int
    children: list["Tree"] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


t = Tree(1, [Tree(2, [Tree(3)], {"k": (Tree(4),)}), Tree(5)])
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: {k: v for k, v in kv if k != "meta"}))
loop = Tree(0)
loop.children.append(loop)
print(repr(loop))

Pair = make_dataclass("Pair", ["left", ("right", int, field(default=0))], namespace={"swap": lambda self: Pair(self.right, self.left)}, frozen=True)
print(Pair(1), Pair(1, 2).swap(), Pair.__module__ == __name__, Pair.__qualname__)

for label, make in [
    ("mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []}))),
    ("non-default after default", lambda: make_dataclass("Bad2", [("a", int, field(default=1)), "b"])),
    ("order without eq", lambda: dataclass(order=True, eq=False)(type("Bad3", (), {}))),
    ("frozen from non-frozen", lambda: dataclass(frozen=True)(type("Bad4", (Base,), {}))),
    ("replace init=False", lambda: replace(a, total=3)),
    ("fields of non-dataclass", lambda: fields(3)),
    ("asdict of class", lambda: asdict(Base)),
]:
    try:
        make()
        print(label, "-> no error")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
print(Base.__match_args__, Child.__match_args__, Job.__match_args__)
match c:
    case Child(7, note=n):
        print("matched", n)
