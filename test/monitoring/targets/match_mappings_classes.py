class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "y=%d" % y
        case Point(x, y) if x > y:
            return "below"
        case Point():
            return "somewhere"

def conf(d):
    match d:
        case {"mode": "fast", **rest}:
            return "fast " + str(sorted(rest))
        case {"mode": str(m)}:
            return "mode " + m
        case {}:
            return "no mode"

def kind(v):
    match v:
        case int() | float() as n:
            return "number %r" % (n,)
        case str(s):
            return "string " + s
        case [int(), *_]:
            return "int list"
    return "unknown"

for p in (Point(0, 0), Point(0, 4), Point(5, 1), Point(1, 5)):
    print(where(p))
print(conf({"mode": "fast", "a": 1}), conf({"mode": "slow"}), conf({"x": 1}))
for v in (3, 2.5, "x", [1, 2], [None]):
    print(kind(v))
