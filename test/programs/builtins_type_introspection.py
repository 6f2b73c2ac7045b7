# type(), isinstance/issubclass with tuples and unions, vars, dir, callable, id, getattr defaults


class Animal:
    kind = "animal"

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Robot:
    pass


d = Dog()
print(type(d), type(d).__name__, type(d).__qualname__, type(d).__module__, type(type(d)), type(type))
print(isinstance(d, Animal), isinstance(d, (Robot, Dog)), isinstance(d, Robot | Animal), isinstance(3, int | str))
print(issubclass(Dog, Animal), issubclass(Dog, (Robot,)), issubclass(bool, int), issubclass(Dog, Dog), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__, type(len))
print(Dog.__mro__, Dog.__bases__, Dog.__base__, Animal.__subclasses__(), object.__bases__)
print(vars(d), sorted(vars(Dog)), "speak" in dir(d), "kind" in dir(Dog), dir(d)[:3] == sorted(dir(d))[:3])
d.name = "rex"
print(vars(d), getattr(d, "name"), getattr(d, "age", None), hasattr(d, "speak"), hasattr(Dog, "name"))
setattr(Dog, "legs", 4)
print(d.legs, Dog.legs)
delattr(Dog, "legs")
print(hasattr(d, "legs"), callable(d.speak), callable(Dog), callable(d), callable(3), callable(print))
print(id(d) == id(d), id(d) != id(Dog()), isinstance(id(d), int))
print(type(1 | 2), int | None, type(int | str).__name__, (int | str).__args__, str | None == None | str)
for bad in [lambda: isinstance(d, 3), lambda: issubclass(d, Dog), lambda: issubclass(Dog, "x"), lambda: vars(5),
            lambda: getattr(d, 5), lambda: type(1, 2), lambda: type("N", (), {}, 5), lambda: isinstance(d, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(type("Made", (Dog,), {"x": 1})().speak(), type("E", (), {})().__class__.__name__)


class WithInstanceCheck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "speak")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "speak")


class Speaker(metaclass=WithInstanceCheck):
    pass


print(isinstance(d, Speaker), isinstance(Robot(), Speaker), issubclass(Dog, Speaker), issubclass(int, Speaker))
print(d.__class__ is Dog, d.__class__.__class__, Dog.__dict__["speak"].__name__, Dog.speak.__qualname__)
print(sorted(k for k in vars(Animal) if not k.startswith("__")), Animal.__doc__, Animal.__name__)
print(object.__name__, int.__mro__, bool.__mro__, type.__mro__)
