# dict union operators, fromkeys, setdefault, pop with default, popitem order and errors,
# KeyError message forms, views with set operations, and equality with order
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = dict(a)
c |= b
c |= [("w", 0)]
print(c)
for call in [lambda: a | [("q", 1)], lambda: a | None]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError", e)

print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict.fromkeys([], 1))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(a.setdefault("x", 99), a.setdefault("n"), a)
print(a.pop("n"), a.pop("missing", "dflt"), a.get("missing"), a.get("x", 0))
for call in [lambda: a.pop("missing"), lambda: {}.popitem(), lambda: a[("t", 1)], lambda: a[None],
             lambda: {"k": 1}["K"], lambda: a[frozenset()]]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e, repr(e.args))
d = {i: i * i for i in range(5)}
print(d.popitem(), d.popitem(), d)
d[10] = 100
print(list(d), d.popitem())

# views
k1 = {"a": 1, "b": 2, "c": 3}.keys()
k2 = {"b": 0, "c": 0, "d": 0}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1 <= {"a", "b", "c"}, k1.isdisjoint(["z"]))
items = {"a": 1, "b": 2}.items()
print(sorted(items & {("a", 1), ("b", 3)}), ("a", 1) in items, ("a", 2) in items, len(items))
vals = {"a": 1}.values()
print(vals == vals, 1 in vals, list(vals), sorted({"x": 3, "y": 1}.values()))
print(reversed({"a": 1, "b": 2}.keys()).__next__(), list(reversed({"a": 1, "b": 2}.items())))

# equality ignores order; repr keeps insertion order; update accepts many forms
p = {"one": 1, "two": 2}
q = {"two": 2, "one": 1}
print(p == q, list(p) == list(q), p)
p.update([("three", 3)], four=4)
p.update({"five": 5})
p.update(six=6)
print(p)
for bad in [lambda: p.update([1, 2]), lambda: p.update([("a", 1, 2)]), lambda: dict([("a",)]), lambda: p.update(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# mutation during iteration is detected
m = {1: 1, 2: 2}
try:
    for k in m:
        m[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in m.keys():
        del m[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(dict(zip("abc", range(3))), dict(a=1, **{"b": 2}), dict({"x": 1}, y=2))
try:
    dict({"a": 1}, **{"a": 2}, a=3)
except TypeError as e:
    print("TypeError", e)
