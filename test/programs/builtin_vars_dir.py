# vars() and dir() with deterministic (sorted) output.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass

c = Child()
print(vars(c), sorted(vars(Child)) == sorted(Child.__dict__), "child_attr" in vars(Child), "base_attr" in vars(Child))
print([n for n in dir(c) if not n.startswith("__")], [n for n in dir(Child) if not n.startswith("__")])
print("inst" in dir(c), "inst" in dir(Child), "__init__" in dir(c), dir(c) == sorted(dir(c)))
c.extra = "x"
vars(c)["more"] = "y"
print(vars(c), c.more)

class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))

class Slots:
    __slots__ = ("a", "b")
s = Slots()
print([n for n in dir(s) if not n.startswith("__")])

def outer():
    local_a = 1
    local_b = "two"
    print(sorted(vars().items()), sorted(dir()))
    def inner():
        return local_a
    print(sorted(locals()))
outer()

print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir(1.0) if not n.startswith("_")])
print([n for n in dir(()) if not n.startswith("_")])
print([n for n in dir(set()) if not n.startswith("_")])
print([n for n in dir(frozenset()) if not n.startswith("_")])
print([n for n in dir(b"") if not n.startswith("_")])
print([n for n in dir(range(1)) if not n.startswith("_")])
print([n for n in dir(slice(1)) if not n.startswith("_")])
print([n for n in dir(True) if not n.startswith("_")])

errors = [
    lambda: vars(1),
    lambda: vars("s"),
    lambda: vars(s),
    lambda: vars(1, 2),
    lambda: dir(1, 2),
]
for f in errors:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
vars([])
