# Lexicographic comparison of lists and tuples: nesting, mixed numbers, NaN, identity shortcuts.
nan = float("nan")
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], []), ([[1]], [[1, 0]]), ([1, 2.0], [1, 2]),
         ((1, "a"), (1, "b")), ((), (0,)), ((1, (2, 3)), (1, (2, 4))), ([nan], [nan]), ([1, nan], [1, nan]),
         ((True, 1), (1, True)), ([1, 2], [2]), ((0.1 + 0.2,), (0.3,))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
l = [nan]
print(l == l, l[0] == l[0], [nan] == [nan], nan in l, l.count(nan), l.index(nan), (nan,) == (nan,))
x = []
x.append(x)
print(x == x, x is x[0])

class Loud:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Loud.log.append(("eq", self.v, other.v))
        return self.v == other.v
    def __lt__(self, other):
        Loud.log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"

a = [Loud(1), Loud(2), Loud(3)]
b = [Loud(1), Loud(5), Loud(0)]
print(a < b, Loud.log)
Loud.log.clear()
print(a == b, Loud.log)
Loud.log.clear()
print((Loud(1),) <= (Loud(1),), Loud.log)
Loud.log.clear()
print(sorted([[3, 1], [2, 9], [3, 0], [2]]), max([(1, "z"), (1, "zz")]), min([[0, 5], [0, 4, 1]]))
errors = [
    lambda: [1, 2] < [1, "a"],
    lambda: (1, 2) < [1, 2],
    lambda: [None] < [None],
    lambda: [1] < [[1]],
    lambda: (1, {}) <= (1, {}),
    lambda: [1, 2] > (1, 2),
]
for f in errors:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] == (1, 2), (1, 2) == [1, 2], [] == (), [1] != (1,))
[{}] < [{}]
