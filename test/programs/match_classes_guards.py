# match statements: class patterns with positional (__match_args__) and keyword sub-patterns, and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point3(z=z) if z < 0:
            return f"below, z={z}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, -3), Point3(1, 2, 3), "pt"):
    print(where(p))

def builtins_match(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case bytes(bs):
            return f"bytes {bs!r}"
    return "other"
for v in (True, 7, 2.5, "s", [9, 8], (1, 2), {"k": 3}, b"x", None, []):
    print(builtins_match(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class TooFew:
    __match_args__ = ("a",)
    a = 1
    b = 2
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

not_a_class = 3
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)

class Missing:
    __match_args__ = ("gone",)
match Missing():
    case Missing(x):
        print("matched", x)
    case _:
        print("missing attribute: no match")

class Prop:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("property read")
        return 10
match Prop():
    case Prop(10):
        print("matched property")

class Cmd:
    __match_args__ = ("verb", "obj")
    def __init__(self, verb, obj=None):
        self.verb, self.obj = verb, obj

def run(cmd):
    match cmd:
        case Cmd("go", direction) if direction in ("north", "south"):
            return f"going {direction}"
        case Cmd("go", _):
            return "can't go that way"
        case Cmd("take" | "grab", obj=str(item)):
            return f"taking {item}"
        case Cmd(verb, None):
            return f"bare verb {verb}"
        case Cmd(verb=v):
            return f"unknown {v}"
for c in (Cmd("go", "north"), Cmd("go", "up"), Cmd("grab", "lamp"), Cmd("take", 3), Cmd("look"), Cmd("jump", 1)):
    print(run(c))

match Point(1, 2):
    case Point(x, y, z):
        pass
