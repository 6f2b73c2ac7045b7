# getattr, setattr, delattr, hasattr, callable, isinstance, issubclass, type, vars, dir, globals,
# locals, id and hash, including metaclass hooks and the error messages.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


class Base:
    kind = "base"

    def method(self):
        return "m"


class Child(Base):
    def __init__(self):
        self.x = 1


class Lazy:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        return name.upper()


c = Child()
show("getattr(c, 'x')", lambda: getattr(c, "x"))
show("getattr(c, 'kind')", lambda: getattr(c, "kind"))
show("getattr(c, 'nope')", lambda: getattr(c, "nope"))
show("getattr(c, 'nope', 42)", lambda: getattr(c, "nope", 42))
show("getattr(c, 5)", lambda: getattr(c, 5))
show("getattr(c)", lambda: getattr(c))
show("getattr(c, 'x', 1, 2)", lambda: getattr(c, "x", 1, 2))
show("getattr(Lazy(), 'abc')", lambda: getattr(Lazy(), "abc"))
show("getattr(Lazy(), 'boom', 0)", lambda: getattr(Lazy(), "boom", 0))
show("getattr(1, 'real')", lambda: getattr(1, "real"))
show("getattr(1, 'imag', None)", lambda: getattr(1, "imag", None))
show("hasattr(c, 'x')", lambda: hasattr(c, "x"))
show("hasattr(c, 'method')", lambda: hasattr(c, "method"))
show("hasattr(c, 'y')", lambda: hasattr(c, "y"))
show("hasattr(Lazy(), 'boom')", lambda: hasattr(Lazy(), "boom"))
show("hasattr(c, 1)", lambda: hasattr(c, 1))
show("setattr(c, 'y', 5)", lambda: setattr(c, "y", 5))
show("c.y", lambda: c.y)
show("setattr(c, 1, 5)", lambda: setattr(c, 1, 5))
show("setattr(c, 'y')", lambda: setattr(c, "y"))
show("delattr(c, 'y')", lambda: delattr(c, "y"))
show("hasattr(c, 'y')", lambda: hasattr(c, "y"))
show("delattr(c, 'y')", lambda: delattr(c, "y"))
show("delattr(c, 2)", lambda: delattr(c, 2))
show("setattr(Base, 'kind', 'changed')", lambda: setattr(Base, "kind", "changed"))
show("c.kind", lambda: c.kind)

show("callable(len)", lambda: callable(len))
show("callable(Base)", lambda: callable(Base))
show("callable(c.method)", lambda: callable(c.method))
show("callable(c)", lambda: callable(c))
show("callable(lambda: 0)", lambda: callable(lambda: 0))
show("callable(str.upper)", lambda: callable(str.upper))
show("callable(5)", lambda: callable(5))
show("callable()", lambda: callable())

show("isinstance(c, Base)", lambda: isinstance(c, Base))
show("isinstance(c, (int, Base))", lambda: isinstance(c, (int, Base)))
show("isinstance(c, (int, (str, Child)))", lambda: isinstance(c, (int, (str, Child))))
show("isinstance(True, int)", lambda: isinstance(True, int))
show("isinstance(1, bool)", lambda: isinstance(1, bool))
show("isinstance(1.0, (int, float))", lambda: isinstance(1.0, (int, float)))
show("isinstance('magic', Magic)", lambda: isinstance("magic", Magic))
show("isinstance('other', Magic)", lambda: isinstance("other", Magic))
show("isinstance(c, ())", lambda: isinstance(c, ()))
show("isinstance(c, 5)", lambda: isinstance(c, 5))
show("isinstance(c, (Base, 5))", lambda: isinstance(c, (Base, 5)))
show("isinstance(c, (5, Base))", lambda: isinstance(c, (5, Base)))
show("isinstance(c)", lambda: isinstance(c))
show("issubclass(Child, Base)", lambda: issubclass(Child, Base))
show("issubclass(Base, Child)", lambda: issubclass(Base, Child))
show("issubclass(bool, (str, int))", lambda: issubclass(bool, (str, int)))
show("issubclass(int, Magic)", lambda: issubclass(int, Magic))
show("issubclass(str, Magic)", lambda: issubclass(str, Magic))
show("issubclass(Child, object)", lambda: issubclass(Child, object))
show("issubclass(c, Base)", lambda: issubclass(c, Base))
show("issubclass(Child, c)", lambda: issubclass(Child, c))
show("issubclass(Child, (c,))", lambda: issubclass(Child, (c,)))

show("type(c).__name__", lambda: type(c).__name__)
show("type(type)", lambda: type(type))
show("type(1.5)", lambda: type(1.5))
show("type(None)", lambda: type(None))
Dyn = type("Dyn", (Base,), {"z": 3, "twice": lambda self, v: v * 2})
d = Dyn()
show("Dyn.__name__, d.z, d.kind", lambda: (Dyn.__name__, d.z, d.kind))
show("d.twice(4)", lambda: d.twice(4))
show("isinstance(d, Base)", lambda: isinstance(d, Base))
show("type('X', (), {})()", lambda: type(type("X", (), {})()).__name__)

show("vars(c)", lambda: vars(c))
show("vars(5)", lambda: vars(5))
show("vars(1, 2)", lambda: vars(1, 2))
show("sorted(vars(Dyn))", lambda: sorted(k for k in vars(Dyn) if not k.startswith("__")))
show("[n for n in dir(c) if not n.startswith('_')]", lambda: [n for n in dir(c) if not n.startswith("_")])
show("[n for n in dir(Child) if not n.startswith('_')]", lambda: [n for n in dir(Child) if not n.startswith("_")])
show("'__init__' in dir(c)", lambda: "__init__" in dir(c))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


show("dir(Custom())", lambda: dir(Custom()))
show("dir(1, 2)", lambda: dir(1, 2))


def scope(a, b=2):
    inner = a + b
    print("locals:", sorted(locals().items()))
    print("dir():", dir())
    print("vars():", sorted(vars()))
    return inner


scope(1)
print("globals has scope:", "scope" in globals(), globals()["__name__"])
x1 = "module level"
print("module locals is globals:", locals() is globals())

a_list = []
show("id(a_list) == id(a_list)", lambda: id(a_list) == id(a_list))
show("id([]) != id(a_list)", lambda: id([]) != id(a_list))
show("id()", lambda: id())
show("hash(1) == hash(1.0) == hash(True)", lambda: hash(1) == hash(1.0) == hash(True))
show("hash(-1)", lambda: hash(-1))
show("hash(-2)", lambda: hash(-2))
show("hash(0.5) == hash(0.5)", lambda: hash(0.5) == hash(0.5))
show("hash((1, 2)) == hash((1, 2))", lambda: hash((1, 2)) == hash((1, 2)))
show("hash(float('inf'))", lambda: hash(float("inf")))
show("hash([])", lambda: hash([]))
show("hash({})", lambda: hash({}))
show("hash()", lambda: hash())
