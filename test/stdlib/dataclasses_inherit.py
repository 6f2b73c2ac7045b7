from dataclasses import dataclass, field, fields, asdict
import dataclasses

@dataclass
class Base:
    id: int
    name: str = "anon"
    meta: dict = field(default_factory=dict, compare=False, metadata={"unit": "none"})

@dataclass
class Child(Base):
    level: int = 1
    tags: tuple = ()

    def __post_init__(self):
        self.name = self.name.title()

c = Child(7, "bob smith", level=3)
print(c, [f.name for f in fields(c)], fields(Child)[2].metadata["unit"], c == Child(7, "bob smith", {"x": 1}, 3))
print(asdict(c), dataclasses.astuple(Child(1)))
@dataclass(eq=False, repr=False, init=True)
class Raw:
    x: int
r = Raw(1)
print(repr(r).startswith("<__main__.Raw object"), r == Raw(1))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=0))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash(H(3)), {H(1), H(1), H(2)} == {H(1), H(2)})
@dataclass
class Tree:
    value: int
    children: list["Tree"] = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(dataclasses.replace(c, level=9).level, dataclasses.fields(Base)[0].type, Child.__dataclass_params__.order if hasattr(Child, "__dataclass_params__") else None)
