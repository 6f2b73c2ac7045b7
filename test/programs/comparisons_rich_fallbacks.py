# rich comparisons: reflection (a < b tries b > a), NotImplemented from both sides, identity
# fallback for == and !=, __ne__ derived from __eq__, total_ordering, and the error messages
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __repr__(self):
        return f"V({self.text})"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if isinstance(other, str):
            other = Version(other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(t) for t in ["1.10", "1.2", "1.2.0", "0.9", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.0") < "1.1", "1.1" > Version("1.0"))
print(Version("2.0") > Version("1.0"), Version("1.0") == "1.0", Version("1.0") != "1.0", Version("1") in vs)
for op in [lambda: Version("1") <= Version("2"), lambda: Version("1") < 3, lambda: 3 >= Version("1"),
           lambda: Version("1") > None]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__")
        return NotImplemented
a, b = Loud("a"), Loud("b")
print(a == b)
print(a != b)
print(a == a)
try:
    a < b
except TypeError as e:
    print("TypeError", e)

# a subclass's reflected comparison goes first
class Base:
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"
class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"
print(Base() < Sub(), Sub() < Base(), Base() > Base())

# __ne__ defaults to the inverse of __eq__ unless overridden
class OnlyEq:
    def __eq__(self, other):
        return True
class WeirdNe(OnlyEq):
    def __ne__(self, other):
        return True
print(OnlyEq() != OnlyEq(), WeirdNe() != WeirdNe(), WeirdNe() == WeirdNe())

# comparisons that return non-bools are passed through, and bool() is applied in `if` and chains
class Elementwise:
    def __init__(self, xs):
        self.xs = xs
    def __lt__(self, other):
        return [x < other for x in self.xs]
    def __bool__(self):
        raise ValueError("truth value is ambiguous")
print(Elementwise([1, 5, 3]) < 4)
try:
    if Elementwise([1]) < 2 < 3:
        print("chained")
except ValueError as e:
    print("ValueError", e)

from functools import total_ordering
@total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank
hand = [Card(r) for r in "K3TA9"]
print(sorted(hand), Card("Q") >= Card("J"), Card("2") > Card("3"), Card("5") <= Card("5"), max(hand))
# mixed builtin comparisons
print(1 == 1.0, 1 < 1.5, (1, "a") < (1, "b"), [1, 2] == (1, 2), {1: 2} == {1: 2.0}, None == None, "a" < "ab")
for op in [lambda: [1] < (1,), lambda: {1} < [1], lambda: {} < {}, lambda: None < None, lambda: 1j > 1j]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
