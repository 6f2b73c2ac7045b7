# Metaclasses: __new__/__init__/__call__ on the metaclass, __prepare__, class keywords, and conflicts.
log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

class Widget(metaclass=Meta, tag="w"):
    def __init__(self, size):
        self.size = size
    def method(self):
        return self.size

for entry in log:
    print(entry)
w = Widget(3)
print(w.size, w.created_by_meta, Widget.tag, Widget.injected, log[-1])

class SubWidget(Widget):
    pass
print(type(SubWidget).__name__, SubWidget.tag, log[-2:])

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
class Plugin(metaclass=Registry):
    pass
class P1(Plugin):
    pass
class P2(Plugin):
    pass
print(Registry.classes)

class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1):
    pass
class A3(metaclass=M3):
    pass
class Derived(A1, A3):
    pass
print(type(Derived).__name__)

T = type("T", (object,), {"x": 1, "hello": lambda self: f"hi {self.x}"})
print(T.__name__, T().hello(), T.__bases__, type(T).__name__)
T2 = type("T2", (T,), {})
print(T2().hello(), T2.__mro__[1].__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", object, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
print(Config(1) is Config(2), Config().v)

class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-provided {name}"
    def describe(cls):
        return f"class {cls.__name__}"
class UsesAttrMeta(metaclass=AttrMeta):
    real = "real attr"
print(UsesAttrMeta.real, UsesAttrMeta.missing, UsesAttrMeta.describe())
try:
    UsesAttrMeta().describe()
except AttributeError as e:
    print(type(e).__name__, e)

def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)

class KwInit:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class UsesKw(KwInit, flavor="vanilla"):
    pass
print(UsesKw.kw)
try:
    class NoKw(flavor="x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Widget, type), isinstance(Widget, Meta), issubclass(Meta, type))
class Order(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Ordered(metaclass=Order):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Ordered.order)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
class Broken(metaclass=BadPrepare):
    pass
