# Descriptors: data vs non-data precedence, __get__ with None instance, __delete__, and classmethod/staticmethod.
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print(f"  get {self.name} obj={'None' if obj is None else type(obj).__name__} type={objtype.__name__}")
        return self if obj is None else obj.__dict__.get(self.name, "default")
    def __set__(self, obj, value):
        print(f"  set {self.name} = {value!r}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print(f"  delete {self.name}")
        obj.__dict__.pop(self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"

class Thing:
    data = Verbose("data")
    nd = NonData()

t = Thing()
print(t.data)
t.data = 5
print(t.data)
t.__dict__["data"] = "dict wins?"
print(t.data)
del t.data
print(t.data)
print(type(Thing.data).__name__)
print(t.nd)
t.nd = "instance value"
print(t.nd, Thing.nd)
del t.nd
print(t.nd)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class HasRO:
    answer = ReadOnly()
h = HasRO()
try:
    h.answer = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(h.answer)

class OnlyDelete:
    def __get__(self, obj, objtype=None):
        return "od"
    def __delete__(self, obj):
        print("  deleting via __delete__")
class HasOD:
    x = OnlyDelete()
hod = HasOD()
del hod.x
try:
    hod.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person(5, 5)
except TypeError as e:
    print(type(e).__name__, e)

class Methods:
    def inst(self, x):
        return ("inst", type(self).__name__, x)
    @classmethod
    def cls(cls, x):
        return ("cls", cls.__name__, x)
    @staticmethod
    def stat(x):
        return ("stat", x)
class SubMethods(Methods):
    pass
sm = SubMethods()
print(sm.inst(1), sm.cls(2), sm.stat(3), SubMethods.cls(4), SubMethods.stat(5))
print(Methods.inst(sm, 6))
print(Methods.__dict__["cls"].__func__.__name__, Methods.__dict__["stat"].__func__.__name__)
bound = sm.inst
print(bound.__self__ is sm, bound.__func__ is Methods.inst, bound(7))
print(Methods.__dict__["inst"].__get__(sm, SubMethods)(8))
print(Methods.__dict__["cls"].__get__(None, SubMethods)(9))
try:
    Methods.inst()
except TypeError as e:
    print(type(e).__name__, e)

class LazyProperty:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("  computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @LazyProperty
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))

class Desc:
    def __get__(self, obj, objtype=None):
        raise AttributeError("descriptor says no")
class UsesGetattr:
    d = Desc()
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"
print(UsesGetattr().d)
class NoFallback:
    d = Desc()
NoFallback().d
