# weakref as caches and registries use it (DEVIATIONS.md: referents never die during a run, so this
# program only removes entries explicitly): ref/proxy behaviour, WeakValueDictionary,
# WeakKeyDictionary, WeakSet operations, WeakMethod, finalize bookkeeping and the errors.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def greet(self, other="you"):
        return f"{self.name} greets {other}"

    def __repr__(self):
        return f"Node({self.name!r})"

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Node) and other.name == self.name


a, b, c = Node("a"), Node("b"), Node("c")
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), weakref.getweakrefcount(a), hash(r) == hash(a), type(r).__name__)
cb_ref = weakref.ref(b, lambda ref: print("never called here"))
print(cb_ref() is b, weakref.getweakrefcount(b), len(weakref.getweakrefs(b)), cb_ref.__callback__ is not None)

p = weakref.proxy(c)
print(p.name, p.greet("x"), repr(p) .startswith("<weakproxy"), isinstance(p, weakref.ProxyType), type(p).__name__)
p.name = "c2"
print(c.name, weakref.getweakrefcount(c))
for bad in (1, "s", (1, 2), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

# WeakValueDictionary as an identity cache
cache = weakref.WeakValueDictionary()


def lookup(name):
    node = cache.get(name)
    if node is None:
        node = cache[name] = Node(name)
        print("created", name)
    return node


held = [lookup(n) for n in "xyzx"]
print(sorted(cache.keys()), len(cache), "x" in cache, cache["y"], sorted(k for k, v in cache.items()))
del cache["y"]
print(sorted(cache), cache.pop("z"), cache.setdefault("w", held[0]), len(cache))
try:
    cache["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(cache.copy().keys()), type(cache.copy()).__name__, len(list(cache.valuerefs())))
cache.update({"q": held[1]})
print(sorted(cache), cache | {"r": held[2]} is not cache, sorted((cache | {"r": held[2]}).keys()))

# WeakKeyDictionary as per-object metadata
meta = weakref.WeakKeyDictionary()
meta[a] = {"visits": 1}
meta[b] = {"visits": 5}
meta[a]["visits"] += 1
print(meta[a], meta.get(c, "none"), len(meta), a in meta, sorted(n.name for n in meta.keys()))
print(sorted((k.name, v["visits"]) for k, v in meta.items()), len(list(meta.keyrefs())))
del meta[b]
print(len(meta), meta.pop(a), len(meta))
try:
    meta[1] = 2
except TypeError as e:
    print("TypeError:", e)

# WeakSet algebra
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([b, c])
print(sorted(n.name for n in s1 | s2), sorted(n.name for n in s1 & s2), sorted(n.name for n in s1 - s2), sorted(n.name for n in s1 ^ s2))
print(a in s1, c in s1, len(s1), s1 <= weakref.WeakSet([a, b, c]), s1 == weakref.WeakSet([b, a]), s1.isdisjoint(weakref.WeakSet([c])))
s1.add(c)
s1.discard(a)
s1.remove(b)
print(sorted(n.name for n in s1), s1.pop() is c, len(s1))
try:
    s1.remove(a)
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)

# WeakMethod
wm = weakref.WeakMethod(a.greet)
print(wm()(), wm() == a.greet, type(wm).__mro__[1].__name__)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize: registered, called explicitly once, detach, atexit flag
log = []
f1 = weakref.finalize(a, log.append, "a finalized")
f2 = weakref.finalize(b, log.append, "b finalized")
print(f1.alive, f1.peek()[0] is a, f1.atexit)
print(f1(), f1(), f1.alive, log)
det = f2.detach()
print(det[0] is b, det[1] == log.append, f2.alive, f2(), log)
f3 = weakref.finalize(c, lambda *args, **kw: log.append((args, kw)), 1, 2, key="v")
f3.atexit = False
f3()
print(log)
