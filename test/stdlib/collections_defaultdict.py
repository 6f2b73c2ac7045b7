# collections.defaultdict: default_factory, __missing__, repr, copy, |, subclasses, errors
from _collections import defaultdict

d = defaultdict(list)
d["a"].append(1); d["b"]; d["a"].append(2)
print(d, d.default_factory, len(d), "c" in d, d.get("c"), dict(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], c.__missing__("new"), c["new"])
n = defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(None, {1: 2}, a=3), defaultdict(list, [(1, 2)]), defaultdict(default_factory=list))
cp = d.copy()
cp["z"].append(0)
print(cp, d, type(cp).__name__, d.__copy__() == d)
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1), type({"x": 1} | defaultdict(str)).__name__)
u = defaultdict(set); u |= {"k": {1}}; print(u)
d.default_factory = dict; print(d["new"], d)
del d.default_factory; print(d.default_factory)
r = defaultdict(int); r["self"] = r
print(r)
class DD(defaultdict):
    def __missing__(self, key):
        return key * 2
dd = DD(int, a=1)
print(dd, dd["bb"], dd, dd.copy(), DD.fromkeys("ab", 0), defaultdict.fromkeys([1], 2))
class Tally(defaultdict):
    pass
t = Tally(int)
t["q"] += 5
print(t, isinstance(t, dict), isinstance(t, defaultdict), t.copy())
print(defaultdict[str, int], defaultdict.__name__, defaultdict.__module__)
def f(): return "made"
g = defaultdict(f); g[0]
print(sorted(g.values()), g.default_factory.__name__)
for bad in [lambda: defaultdict(1), lambda: defaultdict(int) | 1, lambda: defaultdict().__missing__(1),
            lambda: defaultdict(int, 1, 2), lambda: hash(defaultdict()), lambda: 1 | defaultdict(int)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
