# staticmethod, classmethod and property as objects: wrapping, binding, stacking and introspection


def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args[1:] if args and not isinstance(args[0], (int, str)) else args} -> {type(result).__name__}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        """The temperature in the class's scale."""
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @degrees.deleter
    def degrees(self):
        print("  resetting")
        self._degrees = 0

    @staticmethod
    def convert(value, to="F"):
        return value * 9 / 5 + 32 if to == "F" else (value - 32) * 5 / 9

    @classmethod
    def from_f(cls, f):
        return cls(cls.convert(f, to="C"))

    @classmethod
    @trace
    def traced_factory(cls, value):
        return cls(value)

    @staticmethod
    @trace
    def traced_static(a, b):
        return a + b


t = Temperature.from_f(212)
print(t.degrees, Temperature.convert(100), t.convert(0, to="C"), Temperature.scale)
t.degrees = 25
del t.degrees
print(t.degrees)
try:
    t.degrees = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.traced_factory(5).degrees, Temperature.traced_static(2, 3))
sm = Temperature.__dict__["convert"]
cm = Temperature.__dict__["from_f"]
prop = Temperature.__dict__["degrees"]
print(type(sm).__name__, type(cm).__name__, type(prop).__name__, sm.__func__.__name__, cm.__func__.__name__)
print(sm(10), sm.__wrapped__ is sm.__func__, callable(sm), callable(cm), prop.__doc__, prop.__isabstractmethod__)
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, prop.__get__(t), prop.__get__(None, Temperature) is prop)
bound = cm.__get__(None, Temperature)
print(bound.__self__ is Temperature, bound(32).degrees, Temperature.from_f.__func__ is cm.__func__)
print(repr(staticmethod(len))[:24], repr(classmethod(len))[:23], staticmethod(abs)(-3))


class ReadOnly:
    value = property(lambda self: 42, doc="always 42")


r = ReadOnly()
print(r.value, ReadOnly.value.__doc__)
for action in [lambda: setattr(r, "value", 1), lambda: delattr(r, "value")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
p2 = property(None)
try:
    p2.__get__(r)
except AttributeError as e:
    print("AttributeError:", e)
chained = property(lambda s: 1).getter(lambda s: 2).setter(lambda s, v: None)
print(chained.__get__(r), chained.fset is not None, chained.fdel)
