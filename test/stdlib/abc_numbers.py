import abc
import numbers
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)

print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Duck:
    def quack(self):
        return "quack"


class Quacker(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance(Duck(), Quacker), issubclass(int, Quacker))


class Registered(ABC):
    pass


Registered.register(tuple)
print(isinstance((), Registered), issubclass(list, Registered), issubclass(tuple, Registered))
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral))
print(isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(float, numbers.Rational))
print(abc.get_cache_token() is not None, type(Shape).__name__)


class Money(numbers.Real):
    pass

try:
    Money()
except TypeError as e:
    print("TypeError:", str(e)[:60])
