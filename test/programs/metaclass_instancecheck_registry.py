# metaclasses with __instancecheck__/__subclasscheck__, __call__ (singletons), __prepare__,
# class keyword arguments to __new__/__init__, and abc.ABC registration
import abc

class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)
class Quacker(metaclass=DuckMeta):
    required = ("quack", "walk")
class Duck:
    def quack(self): return "quack"
    def walk(self): return "waddle"
class Robot:
    def quack(self): return "beep"
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)), issubclass(Duck, (Quacker, str)))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"  creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, env):
        self.env = env
a = Config("prod")
b = Config("dev")
print(a is b, b.env)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"  __prepare__ {name} kw={kw}")
        return {"__order__": []}
    def __new__(mcs, name, bases, ns, **kw):
        ns["__order__"] = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcs, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Form(metaclass=OrderedMeta, strict=True, version=2):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Form.__order__, Form.options, type(Form).__name__)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(1.5).describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__ == frozenset({"name"}))

class Sized(abc.ABC):
    pass
Sized.register(list)
@Sized.register
class Custom:
    pass
print(isinstance([], Sized), issubclass(list, Sized), isinstance(Custom(), Sized), isinstance((), Sized), Custom.__name__)
from collections.abc import Iterable, Hashable, Callable, Mapping
class Iter:
    def __iter__(self): return iter(())
print(isinstance(Iter(), Iterable), isinstance([], Hashable), isinstance(len, Callable), isinstance({}, Mapping), issubclass(dict, Mapping))

# metaclass conflict and a metaclass that is a plain function
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class Both(X1, X2): pass
except TypeError as e:
    print("TypeError", e)
def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})
class Shout(metaclass=upper_attrs):
    greeting = "hi"
print(Shout.GREETING, hasattr(Shout, "greeting"), type(Shout).__name__)
