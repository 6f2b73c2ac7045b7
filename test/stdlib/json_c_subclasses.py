# json with subclasses of int, float, str, list, tuple and dict (and enums), in keys and values
import json
import enum
from collections import OrderedDict, defaultdict, Counter, namedtuple

class I(int):
    def __repr__(self):
        return "I?"
    def __str__(self):
        return "I!"
class F(float):
    def __repr__(self):
        return "F?"
class S(str):
    def __repr__(self):
        return "S?"
    def __str__(self):
        return "S!"
class L(list):
    def __iter__(self):
        return iter(["from iter"])
    def __len__(self):
        return 1
class L2(list):
    pass
class T(tuple):
    pass
class D(dict):
    def items(self):
        return [("z", 1), ("a", 2)]
class D2(dict):
    def items(self):
        return [("z", 1, 3)]
class D3(dict):
    def items(self):
        return (("z", 1), ("a", 2))
class D4(dict):
    def items(self):
        return iter([("b", 1), ("a", 2)])
class D5(dict):
    pass
class D6(dict):
    def items(self):
        return 5
class Color(enum.IntEnum):
    RED = 1
class Fl(float, enum.Enum):
    X = 1.25
class St(str, enum.Enum):
    A = "aa"
Point = namedtuple("Point", "x y")

def show(o, **kw):
    try:
        print(json.dumps(o, **kw))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "__notes__", None))

show({S("k"): S("v"), I(3): I(4), F(1.5): F(2.5), True: False})
show([S("v"), I(4), F(2.5), F("nan"), F("-inf")], ensure_ascii=False)
show([F("inf")], allow_nan=False)
show({F("nan"): 1}, allow_nan=False)
show(L([1, 2]))
show(L2([1, 2]))
show(L2())
show(T((1, [2])))
show(Point(1, 2))
show({"p": Point(3, 4)}, indent=1)
show(D(x=1))
show(D(x=1), sort_keys=True)
show(D(), indent=2)
show(D2(x=1))
show(D3(x=1))
show(D4(x=1))
show(D5(b=1, a=2), sort_keys=True, indent=2)
show(D6(x=1))
show(OrderedDict([("b", 1), ("a", 2)]))
show(defaultdict(int, {"k": [1]}))
show(Counter("abca"), sort_keys=True)
show({Color.RED: Color.RED, Fl.X: Fl.X, St.A: St.A})
show([Color.RED, Fl.X, St.A], indent=0)
show({"big": I(10 ** 25), F(1e300): F(1e-300)})
show([True, I(0), 0.0, F(-0.0)])

# str subclasses and custom encoders
class E(json.JSONEncoder):
    pass
print(E(ensure_ascii=False).encode({S("é"): [S("\n")]}))
# subclass values decoded: hooks can make them
print(json.loads('{"a": [1, 2.5, "s"]}', parse_int=I, parse_float=F, object_pairs_hook=D5))
print(type(json.loads('{"a": 1}', object_pairs_hook=D5)).__name__, json.loads(S('[1, "x"]')))
