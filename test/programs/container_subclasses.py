# Subclasses of list, dict, tuple and set that override or extend the builtin behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s == [1, 2, 3], type(s + [4]).__name__, type(s[:1]).__name__)

class Clamped(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            i = max(0, min(i, super().__len__() - 1))
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __len__(self):
        return 100 + super().__len__()
    def __contains__(self, x):
        return x == "anything" or super().__contains__(x)
    def __iter__(self):
        yield "start"
        yield from super().__iter__()

c = Clamped([1, 2, 3])
print(c[100], c[-100], c[1], c[0:2], len(c), "anything" in c, 2 in c, 9 in c)
c[0] = 5
print(list(c), [x for x in c], list.__len__(c), bool(Clamped()))

class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd.factory.__name__, "c" in dd, dd.get("c"), len(dd), sorted(dd))

class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

ld = LowerDict()
ld["KEY"] = 1
print(ld, ld["key"], ld["Key"], dict.__getitem__(ld, "key"), list(ld.items()))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"

p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), type(p[:]).__name__, p + (5,), hash(p) == hash((3, 4)), {p: "origin"}[(3, 4)])

class TagSet(set):
    def add(self, x):
        super().add(str(x).lower())

ts = TagSet()
ts.add("A"); ts.add(1)
print(sorted(ts), type(ts | {"b"}).__name__, isinstance(ts, set), len(ts))

class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
for ch in "abracadabra":
    cnt[ch] += 1
print(cnt, cnt["z"], "z" in cnt)

class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Clamped([])[0]
except IndexError as e:
    print(type(e).__name__, e)
print(Point(1))
