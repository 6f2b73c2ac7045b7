# the old sequence protocol (__getitem__ with IndexError) drives iteration, `in` and unpacking;
# dict subclasses with __missing__; __contains__ and __iter__ precedence
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print(f"  getitem {i}")
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(3)
print(list(sq))
print(4 in sq)
print(5 in Squares(3))
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(2), reverse=True), iter(Squares(1)).__class__.__name__)

class KeyErrorStops:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError", e)

class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError", e)

class Both:
    def __iter__(self):
        return iter(["from __iter__"])
    def __getitem__(self, i):
        return "from __getitem__"
    def __contains__(self, x):
        return x == "magic"
print(list(Both()), "magic" in Both(), "from __iter__" in Both())

class Defaults(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = self[key] = key.upper() if isinstance(key, str) else key
        return value
d = Defaults(a=1)
print(d["a"], d["b"], d["b"], d.get("c"), "c" in d, d)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raising()["x"]
except LookupError as e:
    print(type(e).__name__, e)
class NotCalledByGet(dict):
    def __missing__(self, key):
        return 0
ncg = NotCalledByGet()
print(ncg["k"], ncg.get("k"), ncg.setdefault("k", 5), ncg.pop("zz", "dflt"))

from collections import Counter, defaultdict
words = "the cat and the hat and the bat".split()
counts = Counter(words)
print(counts.most_common(2), counts["dog"], sorted(counts.items()))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
