# dict behaviours: ordering, views, comprehension, nested updates, setdefault/get/pop, merging.
inventory = {"apples": 3, "pears": 0}
inventory["kiwis"] = 7
inventory.update({"pears": 4, "plums": 1}, figs=2)
print(inventory, len(inventory), list(inventory), inventory.get("nope"), inventory.get("nope", -1))
print(inventory.pop("plums"), inventory.pop("gone", None), inventory.setdefault("dates", 9), inventory)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups, {k: len(v) for k, v in groups.items()})
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, dict(zip("xyz", range(3))), dict([("k", "v")]), dict(a=1, b=2))
inverted = {v: k for k, v in merged.items()}
print(inverted, 3 in inverted, "b" in merged, list(merged.values())[-1])
d = dict.fromkeys(["x", "y"], 0)
d["x"] += 5
print(d, d == {"y": 0, "x": 5}, list(d.items())[0])
del d["y"]
print(d, d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
