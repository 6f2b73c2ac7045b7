# attribute lookup order: data descriptors on the type beat the instance dict, which beats
# non-data descriptors and plain class attributes; __getattr__ only runs when lookup fails;
# __getattribute__ overrides everything; setattr/delattr through descriptors and __setattr__
class DataDesc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return f"data:{self.name}"
    def __set__(self, obj, value):
        print(f"  DataDesc.__set__ {self.name}={value!r}")
        obj.__dict__["_" + self.name] = value

class NonData:
    def __get__(self, obj, owner=None):
        return "nondata" if obj is not None else "nondata(class)"

class Thing:
    d = DataDesc()
    n = NonData()
    plain = "class attr"
    def method(self):
        return "method"
    def __getattr__(self, name):
        return f"__getattr__({name})"

t = Thing()
t.__dict__.update(d="inst d", n="inst n", plain="inst plain", method="inst method")
print(t.d, t.n, t.plain, t.method, t.missing, Thing.d.name, Thing.n)
t.d = 5
print(t.__dict__["_d"], t.d)
t.n = "assigned"
print(t.n, Thing.n)
del t.n
print(t.n, t.plain)
del t.plain
print(t.plain)
try:
    del t.plain
except AttributeError as e:
    print("AttributeError", e)

class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
tr = Tracer()
tr.color = "red"
print(tr.color, hasattr(tr, "nothing"), getattr(tr, "nothing", None))
del tr.color
print(tr.log)

# class-level lookup: the metaclass's data descriptors win over the class dict
class Meta(type):
    @property
    def kind(cls):
        return f"meta property on {cls.__name__}"
    def meta_method(cls):
        return "meta method"
class WithMeta(metaclass=Meta):
    kind = "class attribute"
print(WithMeta.kind, WithMeta().kind, WithMeta.meta_method())
try:
    WithMeta().meta_method()
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ is also used when a property raises AttributeError
class Lazy:
    @property
    def config(self):
        raise AttributeError("config not loaded")
    def __getattr__(self, name):
        return f"default {name}"
print(Lazy().config, Lazy().other)

# instance attributes can't shadow special method lookup
class Special:
    def __len__(self):
        return 1
sp = Special()
sp.__len__ = lambda: 99
print(len(sp), sp.__len__())

# builtin objects: no instance dict, read-only attributes and messages
for op in [lambda: setattr(1, "x", 1), lambda: setattr("s", "upper", None), lambda: object().__dict__,
           lambda: setattr(object(), "a", 1), lambda: delattr(Thing, "nope"), lambda: getattr(t, 3),
           lambda: setattr(int, "real", 0), lambda: (1).__class__.__dict__["x"]]:
    try:
        op()
    except (AttributeError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted(k for k in vars(t)), type(vars(Thing)).__name__, "d" in vars(Thing))
