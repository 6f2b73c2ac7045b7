class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "Money(%d)" % self.v

items = [Money(3), Money(1), Money(2)]
print(sum(items), sorted(items), min(items), max(items))
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError 2")
print(Money(2) > Money(1))
try:
    Money(1) <= Money(1)
except TypeError as e:
    print("TypeError 3:", e)
