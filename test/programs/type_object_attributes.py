# type() and object: names, bases, MRO, dunder attributes and type() with three arguments.
class Base:
    """Base docstring."""
    attr = 1
    def method(self):
        return "base"

class Mid(Base):
    pass

class Leaf(Mid):
    def method(self):
        return "leaf+" + super().method()

print(type(Leaf()), type(Leaf), type(type), type(object), Leaf.__name__, Leaf.__qualname__, Leaf.__module__)
print(Leaf.__bases__, Leaf.__base__, Leaf.__mro__, Leaf.mro(), Base.__doc__, Mid.__doc__)
print(Leaf().method(), Leaf.attr, Leaf.__dict__.get("attr"), "method" in Leaf.__dict__, "method" in Mid.__dict__)
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, bool.__mro__, object.__bases__, type.__mro__)
print(str.__name__, list.__base__, dict.__mro__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)

def outer():
    class Inner:
        class Deeper:
            pass
    return Inner

Inner = outer()
print(Inner.__name__, Inner.__qualname__, Inner.Deeper.__qualname__, repr(Inner.Deeper).startswith("<class '__main__.outer.<locals>.Inner.Deeper'"))

Dyn = type("Dyn", (Base,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
d = Dyn()
print(Dyn, Dyn.__name__, Dyn.__bases__, d.hello(), d.method(), d.x, isinstance(d, Base), Dyn.__module__)
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__mro__, type(Empty()).__name__)

o = object()
print(type(o).__name__, o.__class__ is object, hasattr(o, "__dict__"), object.__name__, o == o, o != object())
print(Base.__init__ is object.__init__, Leaf.__str__ is object.__str__, Base.__hash__ is object.__hash__)

class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta), type(WithMeta).__name__, isinstance(WithMeta, type), Meta.__mro__)

Leaf.new_attr = "added"
print(Leaf.new_attr, Leaf().new_attr, "new_attr" in Leaf.__dict__)
del Leaf.new_attr
print(hasattr(Leaf, "new_attr"))

errors = [
    lambda: type("X", (1,), {}),
    lambda: type("X", (), 1),
    lambda: type(1, (), {}),
    lambda: type("X", ()),
    lambda: type(),
    lambda: setattr(int, "x", 1),
    lambda: object.__new__(1),
    lambda: type("B", (bool,), {}),
    lambda: Leaf.missing,
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
Conflict = type("Conflict", (Base, Leaf), {})
