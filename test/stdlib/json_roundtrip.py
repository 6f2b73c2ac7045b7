import json

data = {"name": "tspy", "version": [3, 14], "ok": True, "none": None, "pi": 3.14159, "nested": {"a": [1, 2, {"b": "c"}]}, "uni": "héllo ☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
back = json.loads(s)
print(back == data, back["nested"]["a"][2]["b"])
print(json.loads('[1, 2.5, "x", true, false, null, {"k": -1e3}]'))
print(json.dumps([float("inf"), float("-inf")]), json.dumps(1e100), json.dumps(10**20))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
class P:
    def __init__(self, x):
        self.x = x
try:
    json.dumps(P(1))
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(P(2), default=lambda o: {"P": o.x}))
print(json.loads('{"a": 1.5}', parse_float=lambda t: "F" + t), json.loads('[1]', object_hook=None))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps("\x00\u2028\"\\"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
