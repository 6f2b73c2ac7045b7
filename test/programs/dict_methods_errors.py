# dict: construction forms, mutation methods, views, merging operators and error messages


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), {}.fromkeys(range(3), []))
d = {"one": 1, "two": 2, "three": 3}
print(d.get("one"), d.get("four"), d.get("four", 4), d.setdefault("four", 4), d.setdefault("one", 100))
print(d.pop("four"), d.pop("missing", "dflt"), d.popitem(), d)
d.update({"two": 22}, five=5)
d.update([("six", 6)])
print(d, len(d), list(d), list(d.values()), list(d.items())[:2])
print(d | {"seven": 7}, {"x": 1} | d, list(reversed(d)), list(reversed(d.items()))[0])
d |= [("eight", 8)]
print(d)
keys = d.keys()
print("one" in keys, keys & {"one", "zzz"}, sorted(keys - {"one"}), keys == set(d), len(keys))
print(d.items() | {("new", 0)} >= {("one", 1)}, ("two", 22) in d.items(), 22 in d.values())
copy = d.copy()
copy["one"] = -1
print(d["one"], copy["one"], d == copy, d != copy)
copy.clear()
print(copy, bool(copy), bool(d))
del d["two"]
print(d)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "none"))
print({**d, "one": "over"}, {k: v for k, v in d.items() if v % 2 == 0})
print(sorted({3: "c", 1: "a", 2: "b"}.items()), max(d, key=d.get), min(d.values()))
show("missing key", lambda: d["nope"])
show("del missing", lambda: d.__delitem__("nope"))
show("pop missing", lambda: d.pop("nope"))
show("popitem empty", lambda: {}.popitem())
show("unhashable key", lambda: {[]: 1})
show("update bad", lambda: d.update([1, 2]))
show("update seq len", lambda: d.update([("a", 1, 2)]))
show("dict from int", lambda: dict(5))
show("fromkeys bad", lambda: dict.fromkeys(5))
show("or list", lambda: d | [1])
show("get no args", lambda: d.get())
show("setdefault many", lambda: d.setdefault(1, 2, 3))


def mutate_while_iterating():
    data = {"a": 1, "b": 2}
    for k in data:
        data[k + k] = 0


show("mutate", mutate_while_iterating)


class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


m = Missing()
print(m["hello"], m["hi"], m, m.get("nope"), "nope" in m)
