# json as APIs use it: dumps options, custom encoders/decoders, hooks, and decode errors with positions
# (errors inside strings, from the C scanner: json_c_decode_errors.py and json_c_scanstring.py)
import json
from collections import OrderedDict
from decimal import Decimal
from fractions import Fraction

doc = {"name": "Zoë", "tags": ["a", "b"], "nested": {"z": 1, "a": [1.5, None, True, False]}, "empty": {}, "list": [],
       "num": 10 ** 20, "neg": -0.0, "tiny": 1e-7, "big": 1e300, "esc": "quote\" back\\ tab\t nl\n \u2028 \x7f"}
print(json.dumps(doc))
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(doc, indent="\t", separators=(",", ": ")))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps("\ud83d\ude00"), json.dumps("😀", ensure_ascii=False))
for bad, kw in [(float("nan"), {"allow_nan": False}), ({(1, 2): 3}, {}), (object(), {}), ({1j: 1}, {}), (b"x", {})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Fraction):
            return {"__fraction__": [o.numerator, o.denominator]}
        return super().default(o)


payload = {"ids": {3, 1, 2}, "price": Decimal("9.99"), "ratio": Fraction(2, 3)}
text = json.dumps(payload, cls=Encoder, sort_keys=True)
print(text, list(Encoder(indent=1).iterencode([1, {"a": 2}])))
print(json.dumps(payload, default=str, sort_keys=True))


def hook(d):
    if "__fraction__" in d:
        return Fraction(*d["__fraction__"])
    return d


print(json.loads(text, object_hook=hook))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.10, 2, 3e2]", parse_float=Decimal, parse_int=lambda s: int(s) * 10), json.loads("[NaN, Infinity]", parse_constant=lambda c: c.upper()))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(b'{"bytes": true}'), json.loads('  [ 1 , 2 ]  '), json.loads("-0"), json.loads("1E400"))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("[1] [2]", 4))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', "{'a': 1}", '"unterminated', '[1] x', '', 'nul', '{"a": 1}}',
            '[1,\n 2,\n oops]', '01', '{"a":1, 2:3}', '\ufeff[1]', '[-]']:
    try:
        json.loads(bad)
        print(repr(bad), "ok")
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, "|", e)
print(json.loads('"ctrl \x01 char"', strict=False))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError("m", "ab\ncd", 4).colno)
