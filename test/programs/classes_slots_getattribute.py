# __slots__, __getattribute__, __getattr__, __setattr__/__delattr__ hooks, __dir__


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"), type(Point.x).__name__)
show("new attr", lambda: setattr(p, "z", 3))
del p.y
show("deleted slot", lambda: p.y)
show("delete again", lambda: delattr(p, "y"))


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))


class Loose(Point):
    pass


l = Loose(0, 0)
l.anything = "ok"
print(l.__dict__)


class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.value = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is private")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<default {name}>"

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def __dir__(self):
        return ["value", "log", "extra"]


a = Audited()
a.value = 5
a.other = 6
del a.other
print(a.value, a.missing, a.secret_key, a.log)
print(dir(a))
show("del missing", lambda: delattr(a, "nothing"))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                print(f"  calling {name}{args}")
                return attr(*args, **kwargs)
            return wrapper
        return attr


items = Proxy([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items.__class__.__name__)
show("proxy missing", lambda: items.nonexistent)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")


show("frozen", lambda: setattr(Frozen(), "a", 1))
show("slots conflict", lambda: type("Bad", (), {"__slots__": ("a",), "a": 1}))
show("object attr", lambda: setattr(object(), "a", 1))
show("int attr", lambda: setattr(5, "real", 1))
