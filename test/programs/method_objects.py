# Bound and unbound methods of Python classes and builtin types: attributes, equality, calling.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}"
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def shout(text):
        return text.upper()

g = Greeter("Ann")
m = g.greet
print(m(), m("Hi"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__, type(m).__name__)
print(Greeter.greet(g, "Yo"), Greeter.make("Bo").greet(), g.make("Cy").name, Greeter.shout("x"), g.shout("y"))
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("Ann").greet, hash(g.greet) == hash(g.greet))
print(type(Greeter.make).__name__, Greeter.make.__self__ is Greeter, type(Greeter.shout).__name__, type(Greeter.__dict__["shout"]).__name__)
bm = [].append
print(type(bm).__name__, bm.__name__, bm.__qualname__, type(bm.__self__).__name__, type(list.append).__name__, list.append.__name__, list.append.__qualname__)
lst = []
list.append(lst, 1); bm2 = lst.append; bm2(2)
print(lst, "abc".upper.__self__, str.upper("q"), str.upper.__objclass__ is str, dict.fromkeys.__self__ is dict)
print(type(str.__add__).__name__, type("a".__add__).__name__, type(int.__dict__["real"]).__name__, type(object.__init__).__name__)
f = Greeter.greet
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__)
getter = getattr(g, "greet")
print(getter("Hey"), callable(getter), getattr(Greeter, "shout")("z"))
errors = [
    lambda: Greeter.greet(),
    lambda: m(1, 2),
    lambda: list.append([]),
    lambda: list.append(1, 2),
    lambda: str.upper(1),
    lambda: m.missing,
    lambda: setattr(m, "x", 1),
    lambda: Greeter.make(),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
g.greet("a", "b")
