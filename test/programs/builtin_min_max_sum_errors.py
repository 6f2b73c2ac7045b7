# min/max/sum: positional vs iterable forms, key and default, ties keep the first, and errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), max([5], default=0), min(iter([2, 1]), key=lambda v: -v))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(*pairs, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(0.0, -0.0), min(-0.0, 0.0), max(float("nan"), 1), max(1, float("nan")))
for call in [lambda: min([]), lambda: max(()), lambda: min(), lambda: max(1), lambda: min(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min(1, 2, key=3), lambda: max([1], bad=1), lambda: min(None),
             lambda: max([1, 2], key=len)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(sum(range(101)), sum([True, True, False]), sum([1, 2.5, 3j]), sum([], 5), sum(x * x for x in range(4)), sum([1], start=2))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
             lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]]), lambda: sum([1], 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

# user types with __lt__/__add__/__radd__ participate
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
wallet = [Money(250), Money(1999), Money(5)]
print(sum(wallet), max(wallet), min(wallet), sorted(wallet), sum(wallet, Money(1)))
try:
    sum([Money(1)], 1)
except TypeError as e:
    print("TypeError", e)

# running statistics
data = [12, 7, 3, 21, 7, 15, 3, 9]
mean = sum(data) / len(data)
spread = max(data) - min(data)
mode = max(set(data), key=lambda v: (data.count(v), -v))
print(f"mean={mean:.3f} spread={spread} mode={mode} argmax={max(range(len(data)), key=data.__getitem__)}")
print(min(enumerate(data), key=lambda p: p[1]), max(zip(data, "abcdefgh")))
