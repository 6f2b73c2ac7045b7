# match: class patterns with __match_args__ and keywords, builtin classes that match the subject
# itself, mapping patterns with **rest, sequence patterns with star, or-patterns, guards, value
# patterns, and the runtime errors of class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
class Color:
    RED = "red"
    GREEN = "green"

def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=0):
            return f"degenerate circle at {x},{y}"
        case Circle(center=Point() as c, r=r) if r > 10:
            return f"big circle r={r} at ({c.x}, {c.y})"
        case Circle(_, r):
            return f"circle r={r}"
        case Color.RED | Color.GREEN:
            return f"known color {obj}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case bool(b):
            return f"bool {b}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": kind}:
            return f"typed mapping {kind}"
        case [Point() as first, *others]:
            return f"points starting at ({first.x}, {first.y}) plus {len(others)}"
        case [x, y, *rest] if not rest:
            return f"pair {x} {y}"
        case [first, *_, last]:
            return f"sequence {first}..{last}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"

for subject in [Point(0, 0), Point(3, 0), Point(0, -2), Point(4, 4), Point(1, 2), Circle(Point(1, 1), 0),
                Circle(Point(2, 3), 12), Circle(Point(0, 0), 5), "red", "green", -5, 7, 2.5, True, "123", "abc",
                {"type": "user", "name": "ann", "age": 3, "id": 9}, {"type": "admin"}, {"name": "x"},
                [Point(1, 2), Point(3, 4)], [1, 2], [1, 2, 3, 4], (9,), b"raw", None, {1, 2}]:
    print(describe(subject))

class NoArgs:
    pass
class TooMany:
    __match_args__ = ("a",)
    a = 1
class BadArgs:
    __match_args__ = ["a"]
class Dup:
    __match_args__ = ("a",)
    a = 1
for subject, case in [(NoArgs(), "NoArgs(1)"), (TooMany(), "TooMany(1, 2)"), (BadArgs(), "BadArgs(1)"),
                      (Dup(), "Dup(1, a=1)"), (5, "int(1, 2)"), (5, "len(1)")]:
    src = f"match subject:\n    case {case}:\n        print('matched')\n    case _:\n        print('no match')\n"
    try:
        exec(src, {"NoArgs": NoArgs, "TooMany": TooMany, "BadArgs": BadArgs, "Dup": Dup, "subject": subject})
    except TypeError as e:
        print("TypeError", e)

# mapping patterns use get() on Mapping subclasses, and **rest copies the remainder
from collections import OrderedDict, defaultdict
dd = defaultdict(int, {"a": 1})
match dd:
    case {"missing": _}:
        print("defaultdict grew a key")
    case {"a": 1, **rest}:
        print("matched defaultdict", dict(rest), "missing" in dd)
match OrderedDict(b=2, a=1):
    case {"a": a, "b": b, **others}:
        print(a, b, others)
# sequence patterns exclude str, bytes and bytearray; accept tuples, lists, ranges, deques
from collections import deque
for s in ["ab", b"ab", bytearray(b"ab"), ("a", "b"), range(2), deque([1, 2]), memoryview(b"ab")]:
    match s:
        case [a, b]:
            print("sequence", type(s).__name__, a, b)
        case _:
            print("not a sequence", type(s).__name__)
