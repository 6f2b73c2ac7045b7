# _weakref: ref (shared basic refs, callbacks kept, subclassing as weakref.KeyedRef does), proxy,
# getweakrefcount/getweakrefs, and what cannot be weakly referenced.
import _weakref

class A:
    def method(self):
        return "m"
    def __repr__(self):
        return "A()"

a = A()
r = _weakref.ref(a)
print(r() is a, r is _weakref.ref(a), r.__callback__, _weakref.getweakrefcount(a), _weakref.getweakrefs(a) == [r])
cb = lambda ref: print("callback")
r2 = _weakref.ref(a, cb)
print(r2 is r, r2.__callback__ is cb, r2() is a, _weakref.getweakrefcount(a), r == r2, hash(r) == hash(a), type(r).__name__)
print(type(r) is _weakref.ReferenceType, _weakref.ref is _weakref.ReferenceType)
for ob in [1, "s", (1,), [1], {}, None, 1.5, object(), b"x"]:
    try:
        _weakref.ref(ob)
    except TypeError as e:
        print("TypeError", e)
def f(): pass
print(_weakref.ref(f)() is f, _weakref.ref(A)() is A, _weakref.ref(len)() is len, _weakref.ref(a.method)() is None or True)

class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
for cls in [Slotted, SlottedWeak]:
    try:
        print(_weakref.ref(cls()) is not None)
    except TypeError as e:
        print("TypeError", e)

class KeyedRef(_weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = KeyedRef(a, cb, "k")
print(kr() is a, kr.key, type(kr).__name__, isinstance(kr, _weakref.ref), kr is not r, _weakref.getweakrefcount(a))

class WeakMethod(_weakref.ref):
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")
    def __new__(cls, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__
        self = _weakref.ref.__new__(cls, obj, callback)
        self._func_ref = _weakref.ref(func)
        self._meth_type = type(meth)
        return self
    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        return self._meth_type(func, obj)
wm = WeakMethod(a.method)
print(wm()(), _weakref.getweakrefcount(a))

p = _weakref.proxy(a)
print(p.method(), type(p).__name__, p is _weakref.proxy(a), _weakref.getweakrefcount(a))
p.attr = 5
print(a.attr, p.attr, str(p), bool(p))
cp = _weakref.proxy(f)
print(type(cp).__name__, cp() is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
lst = [1, 2, 3]
class L(list): pass
keep = L(lst)
pl = _weakref.proxy(keep)
print(len(pl), pl[1], 2 in pl, list(pl))
d = {"k": r}
_weakref._remove_dead_weakref(d, "k")
print(list(d), _weakref.getweakrefcount(5), _weakref.getweakrefs(5))
