# json.loads hooks run by the C scanner: object_hook, object_pairs_hook, parse_float/int/constant
import json
from collections import OrderedDict
from decimal import Decimal
import _json

doc = '{"a": 1, "b": [1.5, 2, {"c": NaN, "d": -Infinity}], "a": 3, "e": {}, "f": [], "g": Infinity, "h": 1e5}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=dict.keys, object_pairs_hook=tuple))
print(json.loads(doc, parse_float=Decimal, parse_int=lambda s: "int:" + s, parse_constant=lambda s: "const:" + s))
print(json.loads('[1, 2.0, 3e1, -4, -5.5E-1, 0.0]', parse_int=float, parse_float=str))
print(json.loads('[10000000000000000000000, -0, 0e0]'))
calls = []
def hook(d):
    calls.append(list(d))
    return len(calls)
print(json.loads('{"x": {"y": {"z": {}}}, "w": [{}]}', object_hook=hook), calls)

# exceptions raised by hooks propagate unchanged
for kw in [{"parse_float": lambda s: 1 / 0}, {"parse_int": int.from_bytes}, {"parse_constant": {}.__getitem__},
           {"object_hook": lambda d: d["missing"]}, {"object_pairs_hook": lambda p: p[99]}]:
    try:
        json.loads('[1, 2.5, NaN, {"k": 1}]', **kw)
    except Exception as e:
        print(type(e).__name__, e)

# a scanner built from any context object
class Ctx:
    strict = 0
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = str
    memo = None
sc = _json.make_scanner(Ctx())
print(type(sc).__name__, sc.strict, sc.object_hook, sc.parse_int, sc.parse_constant)
print(sc('[NaN, "\t", -Infinity, {"a": 1.0}]', 0))
for attr in ["strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"]:
    class Partial:
        pass
    for a in ["strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"]:
        if a != attr:
            setattr(Partial, a, getattr(Ctx, a))
    try:
        _json.make_scanner(Partial())
    except AttributeError as e:
        print("AttributeError", e)
try:
    sc.strict = True
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(_json.make_scanner):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    _json.make_scanner()
except TypeError as e:
    print("TypeError", e)

# a JSONDecoder subclass with its own parse_object is ignored by the C scanner (as in CPython)
class Dec(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()})
print(Dec().decode('{"a": {"b": 1}}'))
