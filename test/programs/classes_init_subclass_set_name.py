# __init_subclass__, __set_name__, __class_getitem__ and class creation hooks.
class PluginBase:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.registry.append(cls.plugin_name)

class CSV(PluginBase, name="csv-plugin"):
    pass
class JSON(PluginBase):
    pass
class Pretty(JSON, name="pretty"):
    pass
print(PluginBase.registry, Pretty.plugin_name, JSON.plugin_name)
print(hasattr(PluginBase, "plugin_name"))

class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    id = Field()
    title = Field()
    not_field = 3

print(Model.id.name, Model.title.private, Model.title.owner)
m = Model()
print(m.id)
m.id = 7
print(m.id, m._id)

f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")

class Checker:
    def __init_subclass__(cls):
        for required in ("run",):
            if not hasattr(cls, required):
                raise TypeError(f"{cls.__name__} must define {required}")
class GoodCheck(Checker):
    def run(self):
        return "running"
try:
    class BadCheck(Checker):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(GoodCheck().run())

class Order:
    def __init_subclass__(cls, **kw):
        print("  init_subclass of", cls.__name__, "sees attrs", sorted(k for k in vars(cls) if not k.startswith("_")))
class Sub(Order):
    b = Field()
    a = 1

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
try:
    class Holder:
        x = BadSetName()
except ValueError as e:
    print(type(e).__name__, e, "| notes:", getattr(e, "__notes__", None))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box):
    pass
print(SubBox[str])
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Model[int]
except TypeError as e:
    print(type(e).__name__, e)

class NoKwargs:
    pass
try:
    class TakesKw(NoKwargs, option=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counted:
    subclasses = 0
    def __init_subclass__(cls, /, **kwargs):
        Counted.subclasses += 1
        super().__init_subclass__(**kwargs)
class C1(Counted): pass
class C2(C1): pass
class C3(C2): pass
print(Counted.subclasses)

class InitSubclassIsClassmethod:
    def __init_subclass__(cls):
        cls.marker = cls.__name__ + "!"
class Q(InitSubclassIsClassmethod):
    pass
print(Q.marker, type(InitSubclassIsClassmethod.__dict__["__init_subclass__"]).__name__)
class R(PluginBase, unexpected=True):
    pass
