# __slots__: no instance dict, member descriptors on the class, errors for unknown attributes,
# conflicts with class variables, inheritance with and without slots, __dict__ and __weakref__ slots
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(Point.x).__name__, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p.y, Point.x.__get__(p), Point.y.__name__)
Point.x.__set__(p, 10)
print(p.x)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
lo = Loose(1, 2)
lo.extra = "ok"
print(lo.__dict__, lo.x)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)

class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)

for body in ["class C:\n    __slots__ = ('a',)\n    a = 1\n",
             "class C:\n    __slots__ = ('a', 'a')\n",
             "class C:\n    __slots__ = (1,)\n",
             "class C:\n    __slots__ = ('not valid',)\n",
             "class C(int):\n    __slots__ = ('a',)\n",
             "class C:\n    __slots__ = ('__dict__', '__dict__')\n"]:
    try:
        exec(body, {})
        print("ok:", body.splitlines()[1].strip())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# name mangling of private slots
class Secret:
    __slots__ = ("__key", "public")
    def __init__(self):
        self.__key = 42
    def key(self):
        return self.__key
sec = Secret()
print(sec.key(), sorted(n for n in dir(Secret) if "key" in n), Secret.__slots__)

# slots save state for a small record type with __eq__ and __repr__
class Pair:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
    def __eq__(self, other):
        return isinstance(other, Pair) and (self.left, self.right) == (other.left, other.right)
    def __hash__(self):
        return hash((self.left, self.right))
    def __repr__(self):
        return f"Pair({self.left!r}, {self.right!r})"
pairs = {Pair(1, 2), Pair(1, 2), Pair(2, 1)}
print(len(pairs), sorted(pairs, key=lambda p: (p.left, p.right)))
try:
    vars(Pair(0, 0))
except TypeError as e:
    print("TypeError", e)
print(getattr(Pair(0, 0), "missing", "default"), [n for n in ("left", "right") if hasattr(Pair(0, 0), n)])
