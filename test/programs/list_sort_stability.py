# Sorting: stability, key functions, reverse, mixed types, comparison protocol.
records = [("alice", 30, "nyc"), ("bob", 25, "la"), ("carol", 30, "sf"), ("dave", 25, "nyc"),
           ("eve", 35, "la"), ("frank", 30, "la"), ("grace", 25, "sf")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
print(sorted("The quick brown Fox jumps".split(), key=str.casefold))
print(sorted([3, 1.5, 2, True, 0, -1.25, 2.0]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], [], [0, 9]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted([5, 3, 9], reverse=True), sorted([], reverse=True), sorted((4, 2, 3)), sorted(range(5, 0, -1)))
rev_stable = sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda p: p[0], reverse=True)
print(rev_stable)

class Version:
    compares = 0
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        Version.compares += 1
        return self.parts < other.parts
    def __repr__(self):
        return f"V{self.s}"

vs = [Version(s) for s in ["1.10", "1.2", "1.9.1", "0.9", "1.2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version.compares > 0)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

keys_called = []
def key(x):
    keys_called.append(x)
    return -x
data = [4, 1, 3]
data.sort(key=key)
print(data, keys_called)

lst = [5, 4, 3, 2, 1]
def mutating_key(x):
    return x
lst.sort(key=mutating_key)
print(lst)

for bad in ([1, "a", 2], [None, None], [1j, 2j] if False else [{}, {}], [(1, "a"), (1, 2)], [[1], ["x"]]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Version("2.0"), Version("1.0")], key=lambda v: v.s))
sorted([3, "three", 3.0])
