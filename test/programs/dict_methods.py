# dict methods, views and error messages.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("d"), d.pop("zz", "default"), d.popitem(), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); d.update(w=0); print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d), "a" in d, "q" not in d, d.keys() & {"a", "q"}, sorted(d.keys() | {"new"}), sorted(d.keys() - {"a"}))
print(d.keys() ^ {"a", "nope"} == {"b", "x", "y", "z", "w", "nope"}, d.items() & {("a", 1)}, ("a", 1) in d.items())
e = d.copy(); e["a"] = -1; print(d["a"], e["a"], e == d, e != d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), []))
print(dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2), dict(zip("xy", (1, 2))))
print({**d, "extra": True}, {"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
f = {"a": 1}; f |= {"b": 2}; f |= [("c", 3)]; print(f)
print(list(reversed(f)), list(reversed(f.values())), list(reversed(f.items())))
f.clear(); print(f, len(f), bool(f))
g = {1: "int", 1.0: "float", True: "bool"}; print(g)
h = {}; h[(1, 2)] = "tuple"; h[None] = "none"; h[3.5] = "float"; print(h, h[1, 2])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
ks = d.keys(); d["new"] = 1; print(len(ks), "new" in ks)
print(repr({}), repr({1: {2: {}}}), str({"q": "'"}), {1: 2} == {1: 2.0}, {1: 2} == {1: 3})
r = {}; r["self"] = r; print(r)
print(d.keys().isdisjoint(["zz"]), d.items().isdisjoint([("a", 1)]))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__, type(iter(d)).__name__)

errors = [
    lambda: d["missing"],
    lambda: {}.popitem(),
    lambda: {}.pop("k"),
    lambda: d[[1]],
    lambda: {[1]: 2},
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: dict(1),
    lambda: dict({}, {}),
    lambda: d.get(),
    lambda: d.get(1, 2, 3),
    lambda: d.update(1),
    lambda: d.update([1]),
    lambda: {} | [],
    lambda: {}.fromkeys(),
    lambda: d.setdefault(),
    lambda: {1: 2} < {1: 2},
    lambda: d.values() == d.values(),
    lambda: d.keys()[0],
    lambda: {}.pop(),
    lambda: {(1, [2]): 3},
]
for fn in errors:
    try:
        print(repr(fn()))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = {"a": 1, "b": 2}
try:
    for k in it:
        it["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in it:
        del it[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print({}[("no", "such", "key")])
