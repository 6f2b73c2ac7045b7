# min, max, sum: keys, defaults, start values and errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)), min([[2], [1, 5]]))
print(min([], default="empty"), max([], default=None), min([7], default=0), max(iter([1, 9, 4])), min(range(5, 0, -1)))
words = ["apple", "Banana", "cherry", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=str.lower), min(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (3, "b"), (3, "c")], key=lambda p: p[0]), min([(2, "x"), (2, "y")], key=lambda p: p[0]))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), min(True, 0), max(-0.0, 0.0), min(0.0, -0.0), max(float("nan"), 1), max(1, float("nan")))
print(min(3, 1, key=lambda x: -x), max({"a": 1, "b": 2}), max({"a": 1, "b": 2}.values()), min({3, 1, 2}))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum([], 5), sum(iter([True, True])), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(x * x for x in range(4)))
print(sum([10**20, 1, -10**20]), sum([2**62, 2**62]), sum([1.5, 2**53]), sum([], start=[]), sum([1, 2], start=0.5))
print(sum([float("inf"), float("-inf")]), sum([float("inf"), 1]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))

class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
    __radd__ = __add__
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"${self.v}"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)), min([Money(3), Money(1)]), max(Money(3), Money(1)))

errors = [
    lambda: min(),
    lambda: max([]),
    lambda: min([], []),
    lambda: max(5),
    lambda: min(1, 2, default=0),
    lambda: max([1, "a"]),
    lambda: min([1, 2], key=5),
    lambda: max([1], bad=1),
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()),
    lambda: sum(["a"]),
    lambda: sum(5),
    lambda: sum([1], 2, 3),
    lambda: sum([[1]]),
    lambda: max(iter([]), key=len),
    lambda: min(key=len),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
max(x for x in [])
