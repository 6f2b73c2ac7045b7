# weakref (Lib) over _weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize
# with live referents (what dies when is pinned by test/deviations.test.ts). itertools gets a
# minimal stand-in when it is missing (CPython imports its own and prints the same).
import sys, types
try:
    import itertools
except ImportError:
    itertools = types.ModuleType("itertools")
    def count(start=0, step=1):
        while True:
            yield start
            start += step
    itertools.count = count
    sys.modules["itertools"] = itertools
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name!r})"
    def meth(self):
        return "meth of " + self.name

a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary()
wvd["x"] = a
wvd["y"] = b
print(sorted(wvd.keys()), wvd["x"], wvd.get("z", "missing"), "x" in wvd, len(wvd), sorted(wvd.items(), key=lambda kv: kv[0]))
del wvd["y"]
print(list(wvd), wvd.setdefault("q", c), wvd.pop("q"), len(wvd), [r() for r in wvd.valuerefs()])
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
print(wkd[a], len(wkd), a in wkd, sorted(wkd.values()), sorted(k.name for k in wkd.keys()))
ws = weakref.WeakSet([a, b])
ws.add(c)
print(len(ws), a in ws, sorted(o.name for o in ws), sorted(o.name for o in ws | weakref.WeakSet([a])))
ws.discard(b)
print(len(ws), b in ws)
wm = weakref.WeakMethod(a.meth)
print(wm()(), wm == weakref.WeakMethod(a.meth))
f = weakref.finalize(a, print, "finalized a")
print(f.alive, f.peek()[0] is a)
print(f(), f.alive)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a) >= 1, type(weakref.proxy(a)).__name__, weakref.proxy(a).name)
print(weakref.ref is weakref.ReferenceType, issubclass(weakref.KeyedRef, weakref.ref))
