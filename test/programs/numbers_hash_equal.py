# Numeric hashing: equal numbers hash equal across int, float, complex, bool (CPython's modular hash)

values = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**20, -(10**20), 1.5, -1.5, 0.1,
          1e300, -1e300, 2.0**100, float("inf"), float("-inf"), 3 + 0j, 1.5 + 2j, -2j, True, False]
# (values differ between 64-bit and 32-bit builds, so only their relations are printed)
for v in values:
    print(repr(v), hash(v) == hash(v), isinstance(hash(v), int), hash(v) == hash(complex(v)) if not isinstance(v, complex) else "")
print([hash(float(i)) == hash(i) for i in [0, 1, -1, 2**53, 2**80, -(2**80)]])

print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0.5) == -hash(-0.5), hash(2.5) == hash(5 / 2))
print(hash(-0.0) == hash(0.0), hash(float("nan")) == hash(float("nan")))
print({1: "int", 1.0: "float", True: "bool"})
print({0, 0.0, False, -0.0, 0j})
print(len({2**64, 2.0**64, 18446744073709551616}))
print(hash((1, 2)) == hash((1, 2.0)), hash(()) == hash(()), hash((None,)) == hash((None,)))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(range(3)) == hash(range(3)), hash(slice(1, 2)) == hash(slice(1, 2)))
print(hash(""), hash(b""), hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
print(hash(12345678901234567890) == -hash(-12345678901234567890))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k


print(hash(Key(-1)), hash(Key(5)), hash(Key(2**70)) == hash(2**70))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
for unhashable in [[], {}, set(), bytearray()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)


class Unhashable:
    __hash__ = None


try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
