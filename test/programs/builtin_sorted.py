# sorted() over many iterables, keys and orders; it always returns a new list.
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted(range(3, 0, -1)))
print(sorted(x % 5 for x in range(10)), sorted(iter([2, 1])), sorted([]), sorted(""), sorted([1], reverse=True))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (p[1], p[0])), sorted(data, reverse=True))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["B", "a", "C"], key=str.lower))
print(sorted([-3, 2, -1], key=abs), sorted([1.5, -2, 0, True, 3], reverse=True), sorted([[3], [1, 2], [1]]))
print(sorted("Hello World".split(), key=len), sorted(["aa", "b", "cc", "d"], key=len, reverse=True))
lst = [3, 1, 2]
new = sorted(lst)
print(lst, new, new is lst)
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]), sorted(map(str, range(12))))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: 0), sorted([0.5, 0.25, 0.75]), sorted([2**70, -2**70, 0]))
print(sorted([None], key=lambda x: 1), sorted([[]], key=len), sorted(["b", "a"], key=None), sorted([2, 1], reverse=0))
print(sorted(enumerate("cab"), key=lambda p: p[1]), sorted(zip("ba", [1, 2])))

class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["Ks", "2h", "Ah", "Td", "2c", "Kd"]]
print(sorted(hand), sorted(hand, reverse=True), sorted(hand, key=lambda c: c.suit))

errors = [
    lambda: sorted([1, "2"]),
    lambda: sorted([{}, {}]),
    lambda: sorted([1, 2], key=len),
    lambda: sorted([1], reverse="yes") and sorted([1], reverse=[]),
    lambda: sorted([object(), object()]),
    lambda: sorted(iterable=[1]),
    lambda: sorted([1], key=lambda: 0),
    lambda: sorted([1, 2], reverse=None),
    lambda: sorted([3j, 1j]) if False else sorted([{1}, {2}, 3]),
]
for f in errors:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
sorted([[1], (1,)])
