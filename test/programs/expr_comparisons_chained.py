# Comparison chains: evaluation order, single evaluation of middle operands, identity and membership.
def t(tag, v):
    print("eval", tag)
    return v

print(t("a", 1) < t("b", 2) < t("c", 3))
print(t("a", 1) < t("b", 0) < t("c", 3))
print(t("a", 5) > t("b", 4) == t("c", 4) != t("d", 9))
x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 2, x == 5 == 5.0)
print(1 <= 1 < 2 <= 2, 3 >= 3 > 2 >= 1)
print("a" < "b" < "c", [1, 2] < [1, 3] < [2], (1, 2) <= (1, 2) < (1, 2, 0))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2], None is None is not 1 if False else True)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, a == c is not None)
print(0 == False, 1 == True, 1 == 1.0 == True, 0.1 + 0.2 == 0.3)
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
nan = float("nan")
print(nan != nan, nan < 1, nan >= nan, [nan] == [nan], nan in [nan])
print(1 < 2.5 < 3, 2 ** 64 > 2.0 ** 63, -1 < 0.0 <= 0)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == frozenset({1, 2}))
print({"a": 1} == {"a": 1.0}, (1, [2]) == (1, [2]), [1, 2] != [1, 2])
for left, right in ((1, "1"), ([1], (1,)), ({}, []), (None, 0), ("a", b"a")):
    try:
        print(repr(left), "<", repr(right), left < right)
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(left), "==", repr(right), left == right)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(object() <= object())
except TypeError as e:
    print(type(e).__name__, e)

class Cnt:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Cnt.n += 1
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
p, q, r = Cnt(1), Cnt(2), Cnt(0)
print(p < q < r, Cnt.n)
print(q < p < r, Cnt.n)
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __lt__(self, o):
        return []
w = Weird()
print(w == 1, w < 1, (w == 1) == "truthy string")
print(1 < w if False else "skip", w < w < w)
lst = [3, 1, 2]
print(sorted(lst) == [1, 2, 3] != lst)
print(all(i < j for i, j in zip(range(5), range(1, 6))))
print(max(1, 2) < min(5, 6) <= 5)
print("abc" < "abd" < "b" < "ba", "Z" < "a", "" < " ")
print(bool(0 < 1) + (2 > 1) * 10)
y = 0
print(y == 0 or 1 / y > 1)
print(b"a" < b"b" <= b"b", b"x" == b"x")
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), () < (0,))
print(type(1 < 2), (1 < 2) is True)
print("x" < 1)
