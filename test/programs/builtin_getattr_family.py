# getattr / setattr / hasattr / delattr with descriptors, __getattr__ and errors.
class Box:
    cls_attr = "class-level"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method"
    @property
    def prop(self):
        return "prop"
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def crashy(self):
        raise ValueError("boom")

b = Box()
print(getattr(b, "x"), getattr(b, "cls_attr"), getattr(b, "method")(), getattr(b, "prop"), getattr(b, "nope", "dflt"))
print(hasattr(b, "x"), hasattr(b, "nope"), hasattr(b, "broken"), hasattr(Box, "method"), hasattr(Box, "x"), hasattr(b, "__class__"))
print(getattr(b, "broken", "fallback"), getattr(Box, "cls_attr"), getattr(1, "real"), getattr("s", "upper")(), getattr(None, "x", 0))
setattr(b, "y", 2); setattr(b, "x", 10); setattr(Box, "new_cls", 3)
print(b.y, b.x, b.new_cls, Box.new_cls, sorted(vars(b)))
delattr(b, "y"); print(hasattr(b, "y"), sorted(b.__dict__))
delattr(Box, "new_cls"); print(hasattr(Box, "new_cls"), hasattr(b, "new_cls"))
setattr(b, "with space", 5); print(getattr(b, "with space"), vars(b)["with space"])

class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.auto_x, getattr(d, "auto_yz"), hasattr(d, "manual"), getattr(d, "manual", None))
try:
    d.manual
except AttributeError as e:
    print(type(e).__name__, e)

class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private: {name}")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guarded()
g.name = "low"; setattr(g, "n", 5); print(g.name, g.n)
del g.n; delattr(g, "name"); print(vars(g))

class Slotted:
    __slots__ = ("a",)
s = Slotted()
print(hasattr(s, "a"), hasattr(s, "__dict__"))
s.a = 1; print(s.a, getattr(s, "a"))

errors = [
    lambda: getattr(b, "missing"),
    lambda: getattr(b, 5),
    lambda: getattr(b),
    lambda: getattr(b, "a", "b", "c"),
    lambda: setattr(b, 1, 2),
    lambda: setattr(1, "x", 2),
    lambda: setattr(int, "x", 2),
    lambda: setattr(b, "prop", 5),
    lambda: delattr(b, "missing"),
    lambda: delattr(b, "prop"),
    lambda: hasattr(b, None),
    lambda: getattr(b, "crashy"),
    lambda: hasattr(b, "crashy"),
    lambda: setattr(g, "_p", 1),
    lambda: s.__setattr__("b", 1),
    lambda: getattr(Box, "x"),
    lambda: delattr(1, "real"),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: getattr("s", "nope"),
    lambda: None.nope,
    lambda: getattr(Box, "nope"),
]
for f in errors:
    try:
        print(repr(f()))
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.misspeled)
