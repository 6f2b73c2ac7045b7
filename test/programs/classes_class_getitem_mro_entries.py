# __class_getitem__, __mro_entries__, generic aliases of builtins, and types.new_class
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[int, str] if False else Box[(int, str)])

class Registry:
    kinds = {}
    def __class_getitem__(cls, key):
        return cls.kinds.setdefault(key, type(f"{cls.__name__}_{key}", (cls,), {"key": key}))
a = Registry["alpha"]
b = Registry["alpha"]
print(a is b, a.__name__, a.key, issubclass(a, Registry), Registry["beta"].__mro__[1].__name__)
print(type(Box.__dict__["__class_getitem__"]).__name__)

try:
    object()[int]
except TypeError as e:
    print("TypeError", e)
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print("TypeError", e)

# builtin generic aliases
for alias in [list[int], dict[str, list[int]], tuple[int, ...], type[str], set[frozenset[int]]]:
    print(alias, alias.__origin__.__name__, alias.__args__)
print(list[int]([1, 2]), list[int] == list[int], list[int] != list[str], isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(list[int] | None, int | str, (int | str).__args__, isinstance(3, int | str), issubclass(bool, int | None))

# __mro_entries__: a non-class base that substitutes real bases
class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"
class Factory:
    def __init__(self, *bases):
        self.bases = bases
    def __mro_entries__(self, bases):
        print("  __mro_entries__ called with", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return self.bases
class Thing(Factory(Mixin)):
    pass
print([c.__name__ for c in Thing.__mro__], Thing().hello(), Thing.__orig_bases__[0].__class__.__name__)
class Empty(Factory()):
    pass
print([c.__name__ for c in Empty.__mro__])
try:
    type("X", (Factory(Mixin),), {})
except TypeError as e:
    print("TypeError", e)

import types
Made = types.new_class("Made", (Factory(Mixin),), {}, lambda ns: ns.update(x=1))
print(Made.__name__, Made.x, Made().hello(), [c.__name__ for c in Made.__mro__])
print(types.resolve_bases((Factory(Mixin), int)))
meta, ns, kwds = types.prepare_class("P", (int,))
print(meta.__name__, dict(ns), kwds)
try:
    class Bad(Factory(1)):
        pass
except TypeError as e:
    print("TypeError", e)

# a generic container pattern built on __class_getitem__
class TypedList(list):
    item_type = object
    def __class_getitem__(cls, t):
        return type(f"TypedList[{t.__name__}]", (cls,), {"item_type": t})
    def append(self, x):
        if not isinstance(x, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(x).__name__}")
        super().append(x)
IntList = TypedList[int]
xs = IntList()
xs.append(1)
xs.append(2)
try:
    xs.append("3")
except TypeError as e:
    print("TypeError", e)
print(xs, type(xs).__name__, isinstance(xs, TypedList), isinstance(xs, list))
