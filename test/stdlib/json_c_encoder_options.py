# json.dumps through the C encoder (_json.make_encoder): indent, separators, sort_keys, skipkeys,
# ensure_ascii, allow_nan, check_circular, default, and the encoder object itself
import json
import _json

doc = {"b": [1, 2.5, {"x": None, "y": [True, False, []]}, {}], "a": "é\n😀", "c": {"z": {"q": [[]]}}, "": 0,
       "n": -0.0, "big": 10 ** 30, "f": 1e-7}
for kw in [{}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"indent": ""}, {"indent": "--"}, {"indent": 3, "sort_keys": True},
           {"separators": (",", ":")}, {"separators": (" ,", " : "), "indent": 1}, {"ensure_ascii": False},
           {"sort_keys": True, "ensure_ascii": False, "indent": 4}, {"check_circular": False}]:
    print(kw, json.dumps(doc, **kw))
print(json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[], {}], indent=2))
print(json.dumps({1: 1, 2.5: 2, True: 3, False: 4, None: 5, -7: 6, 1e300: 7, float("inf"): 8}))
print(json.dumps({(1, 2): 1, "a": 2, frozenset(): 3, "b": [4]}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True, indent=2), json.dumps({(1, 2): 1, "k": 1}, skipkeys=True, indent=2))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for bad, kw in [(float("nan"), {"allow_nan": False}), ([1, float("inf")], {"allow_nan": False}), ({"k": float("-inf")}, {"allow_nan": False}),
                ({float("nan"): 1}, {"allow_nan": False}), ({(1, 2): 3}, {}), ({"a": {(1,): 2}}, {}), (object(), {}), ({1j: 1}, {}),
                (b"x", {}), ([1, {2, 3}], {}), ({"a": 1, "b": 2, 3: 4}, {"sort_keys": True})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0], getattr(e, "__notes__", None))

# circular references
a = []
a.append(a)
d = {}
d["self"] = d
b = [1, {"k": [2]}]
b[1]["k"].append(b)
for o in [a, d, b]:
    try:
        json.dumps(o)
    except ValueError as e:
        print("ValueError:", e, e.__notes__)
class Node:
    pass
n = Node()
try:
    json.dumps(n, default=lambda o: n)
except ValueError as e:
    print("ValueError:", e, e.__notes__)
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))

# default
print(json.dumps({"s": {3, 1, 2}, "t": (1, 2)}, default=sorted))
print(json.dumps([complex(1, 2)], default=lambda c: [c.real, c.imag]))
print(json.dumps(range(3), default=list), json.dumps({"r": range(2)}, default=lambda o: {"range": list(o)}, indent=1))

# the encoder object
enc = _json.make_encoder({}, None, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(type(enc).__name__, enc.markers, enc.default, enc.encoder, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys)
print(enc({"a": [1, 2.0, "é"]}, 0), enc("x", 0), enc(None, 0))
enc2 = _json.make_encoder(None, str, lambda s: "<" + s + ">", "  ", "=", ";", True, True, False)
print(enc2({"b": [1, {"c": object}], "a": None, (1,): 2}, 0))
enc3 = _json.make_encoder(None, None, lambda s: 5, None, ":", ",", False, False, True)
try:
    enc3(["x"], 0)
except TypeError as e:
    print("TypeError", e, e.__notes__)
for args in [([], None, None, None, ":", ",", False, False, False), ({}, None, None, None, 1, ",", False, False, False),
             ({}, None, None, None, ":", b",", False, False, False), ({}, None, None, None, ":", ",", False, False)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print("TypeError", e)
enc4 = _json.make_encoder({}, None, _json.encode_basestring, 4, ":", ",", False, False, True)
print(enc4([], 0), enc4(1, 0))
try:
    enc4([1, [2]], 0)
except TypeError as e:
    print("TypeError", e)
try:
    enc.indent = 2
except AttributeError as e:
    print("AttributeError", e)
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1]})), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
