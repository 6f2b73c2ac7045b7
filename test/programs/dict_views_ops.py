# dict views: live updates, set operations, comparisons, reversal and their errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), "d" in k, 4 in v, ("b", 2) in it, ("b", 3) in it, ["b", 2] in it)
print(sorted(k & {"b", "x"}), sorted(k | ["z"]), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), sorted(it & {("c", 3)}))
print(k == {"b", "c", "d"}, k != {"b"}, k < {"b", "c", "d", "e"}, k <= set(k), k > {"b"}, it == {("b", 2), ("c", 3), ("d", 4)})
print({"b", "c", "d"} == k, sorted({"x"} | k), sorted(["b", "q"] & k) if False else sorted({"b", "q"} & k), v == v, v == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), type(reversed(k)).__name__, type(reversed(v)).__name__)
print(k.isdisjoint({"x"}), it.isdisjoint([("b", 2)]), dict(it), set(k) == set(d), sorted(zip(k, v)))
e = {}
ek = e.keys()
print(ek, len(ek), bool(ek), list(ek), ek == set(), e.items() == set())
e.update(x=1)
print(ek, bool(ek))
nested = {1: {2: 3}}
print(nested.items(), repr(nested.values()), str({"s": "q"}.keys()))
for bad in (lambda: k[0], lambda: v[0], lambda: k + k, lambda: hash(k), lambda: v | v, lambda: k < 5):
    try:
        print(bad())
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
try:
    for val in d.values():
        d.pop("b", None)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(d)
