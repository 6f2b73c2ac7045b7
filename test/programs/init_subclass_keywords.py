# __init_subclass__ with keyword arguments, validation, automatic registries, and __set_name__
# ordering; class keywords reaching object.__init_subclass__ raise TypeError
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"  registered {cls.plugin_name} (priority {priority})")

class Csv(Plugin, name="csv", priority=5):
    pass
class Json(Plugin, priority=10):
    pass
class Xml(Plugin):
    pass
class SpecialCsv(Csv, name="csv+"):
    pass
order = sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name))
print([c.plugin_name for c in order], SpecialCsv.priority, Csv.priority)
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class Model:
    def __init_subclass__(cls, **kw):
        print(f"  __init_subclass__ {cls.__name__}")
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        super().__init_subclass__(**kw)
    def __init__(self, **values):
        for k in self.fields:
            setattr(self, k, values.get(k))
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields) + ")"

class User(Model):
    name = Field(str)
    age = Field(int)
print(User.fields, User(name="ann", age=30))
try:
    User(name="bo", age="old")
except TypeError as e:
    print("TypeError", e)

# __init_subclass__ is implicitly a classmethod; defining it as a plain function still works
class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.serial = Counter.count
class One(Counter): pass
class Two(Counter): pass
class Three(Two): pass
print(One.serial, Two.serial, Three.serial, Counter.count, type(Counter.__dict__["__init_subclass__"]).__name__)

# a subclass hook that enforces an interface
class Interface:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
class Storage(Interface):
    required = ("read", "write")
    def read(self): ...
    def write(self): ...
try:
    class ReadOnly(Storage):
        write = None
except TypeError as e:
    print("TypeError", e)
print(type("Dyn", (Plugin,), {}, name="dyn").plugin_name, "dyn" in Plugin.registry)
