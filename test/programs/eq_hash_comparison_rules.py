# Equality, hashing and ordering rules: defaults, NotImplemented fallbacks, reflected operations


class Default:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)!r})")
        return NotImplemented

    def __lt__(self, other):
        print(f"  {self.name}.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__")
        return NotImplemented

    __hash__ = object.__hash__


class SubLoud(Loud):
    def __eq__(self, other):
        print(f"  {self.name}.__eq__ (subclass first)")
        return True


a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), Default.__hash__ is object.__hash__)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__, EqHash.__hash__ is not None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
print(len({EqHash(1), EqHash(1), EqHash(2)}), EqHash(1) in {EqHash(1): "x"})
x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
print(x == x)
print(Loud("p") == SubLoud("q"))
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
print(1 == 1.0, 1 == True, "1" == 1, [1] == (1,), {1: 2} == {1: 2.0}, float("nan") == float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan is nan, {nan: 1}.get(nan))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", (1, "a") < (1, "b"), None is None)
for l, r in [(1, "a"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(l < r)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1.5, True, 2]), max([1, 2.5, False]), min("b", "a", "c"), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 == 1e20, 10 ** 20 < 1e20 * (1 + 2 ** -52), 1 < 2.5 < 3 <= 3.0 != 4)
print(hash(EqHash(7)) == hash(7), EqHash(7) == EqHash(7), EqHash(7) is EqHash(7))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    __hash__ = None


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
