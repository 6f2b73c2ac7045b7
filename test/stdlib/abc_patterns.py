# abc as plugin frameworks use it: abstract methods/properties/classmethods/staticmethods,
# partial implementations, ABCMeta.register with virtual subclasses, __subclasshook__,
# update_abstractmethods, and the instantiation errors.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key): ...

    @abstractmethod
    def write(self, key, value): ...

    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    @staticmethod
    @abstractmethod
    def version(): ...

    def copy(self, src, dst):
        self.write(dst, self.read(src))


print(sorted(Storage.__abstractmethods__), Storage.read.__isabstractmethod__, Storage.name.__isabstractmethod__)
for cls in (Storage, type("Partial", (Storage,), {"read": lambda s, k: None})):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Memory(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value

    @property
    def name(self):
        return "memory"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


m = Memory.create()
m.write("a", 1)
m.copy("a", "b")
print(m.data, m.name, Memory.version(), Memory.__abstractmethods__, isinstance(m, Storage), type(Memory) is ABCMeta)


class Plugin(metaclass=ABCMeta):
    registry = []

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            if any("run" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Runner:
    def run(self):
        return "ran"


class Walker:
    pass


class SubRunner(Runner):
    pass


print(issubclass(Runner, Plugin), issubclass(SubRunner, Plugin), issubclass(Walker, Plugin), isinstance(Runner(), Plugin))
Plugin.register(Walker)
print(issubclass(Walker, Plugin), Plugin.register(int) is int, issubclass(bool, Plugin), isinstance(3, Plugin))


@Plugin.register
class Decorated:
    pass


print(issubclass(Decorated, Plugin), Plugin not in Decorated.__mro__, abc.get_cache_token() is not None)
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError:", e)


class A(ABC):
    pass


class B(A):
    pass


try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Square(Shape):
    def __init__(self, s):
        self.s = s


Square.area = lambda self: self.s ** 2
print(sorted(Square.__abstractmethods__))
abc.update_abstractmethods(Square)
print(sorted(Square.__abstractmethods__), Square(3).area())


class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls


class Base(metaclass=Meta):
    @abstractmethod
    def go(self): ...


class Impl(Base):
    def go(self):
        return self.tag


print(Impl().go(), Base.tag, isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class WithAbstractProp(ABC):
    @property
    def value(self):
        return 1

    @value.setter
    @abstractmethod
    def value(self, v): ...


print(sorted(WithAbstractProp.__abstractmethods__), abc.ABC.__slots__, ABCMeta.__name__)
print([c.__name__ for c in Storage.__subclasses__()])
