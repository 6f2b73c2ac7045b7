# Metaclass __prepare__ returning dict subclasses: the class body sees their __getitem__/__setitem__


class AutoNumber(dict):
    """Undefined names in the class body become consecutive numbers (an Enum-like trick)."""

    def __init__(self):
        super().__init__()
        self.counter = 0

    def __missing__(self, key):
        if key.startswith("__"):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()

    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))

    def __len__(cls):
        return len(cls._members)


class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    ALIAS = 10


print(Color.RED, Color.GREEN, Color.BLUE, Color.ALIAS, len(Color), list(Color))


class NoRedefine(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NoRedefine()


class Fine(metaclass=StrictMeta):
    a = 1

    def method(self):
        return self.a


print(Fine().method(), type(Fine.__dict__).__name__)
try:
    class Broken(metaclass=StrictMeta):
        def f(self):
            pass

        def f(self):
            pass
except TypeError as e:
    print("TypeError:", e)


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.order.append(f"del {key}")
        super().__delitem__(key)


class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls


class Ordered(metaclass=RecMeta):
    zeta = 1
    alpha = 2
    temp = 3
    del temp

    def middle(self):
        pass

    omega = 4


print(Ordered.order, hasattr(Ordered, "temp"))
ns = Recorder()
exec("x = 1\ny = x + 1\ndel x", {}, ns)
print(ns.order, dict(ns))
