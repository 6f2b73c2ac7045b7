# Metaclasses: __new__/__init__/__call__, __prepare__ with an ordered record, registries, singletons


class Registry(type):
    classes = []

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} kwargs={kwargs}")
        return {"_declared_in": "prepare"}

    def __new__(mcls, name, bases, ns, **kwargs):
        ns["_tag"] = kwargs.get("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(cls)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]

    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)


class Base(metaclass=Registry, tag="root"):
    def __init__(self, value=0):
        self.value = value


class Child(Base):
    x = 1
    y = 2


c = Child(5)
print(c.value, Child._tag, Base._tag, Child.fields, Child._declared_in)
print([k.__name__ for k in Registry.classes], type(Child) is Registry, isinstance(Child, type))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config initialised once")
        self.data = {}


a, b = Config(), Config()
a.data["k"] = 1
print(a is b, b.data)


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


def function_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class FromFunction(metaclass=function_meta):
    pass


print(FromFunction.made_by, type(FromFunction).__name__)
Dynamic = type("Dynamic", (Base,), {"z": 3, "__init__": lambda self: None})
print(Dynamic._tag, Dynamic.fields, Dynamic().__class__.__mro__[1].__name__)
print(type.__call__(Child, 7).value)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X")
except TypeError as e:
    print("TypeError:", e)
