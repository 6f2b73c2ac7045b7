import numbers
import operator
from fractions import Fraction

class Money(numbers.Number):
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents
    __hash__ = None

print(sum([Money(5), Money(7)], Money(0)), isinstance(Money(1), numbers.Number), isinstance(Money(1), numbers.Real))
print(operator.add(Money(1), Money(2)), operator.eq(Money(1), Money(1)), operator.is_not(None, 1))
try:
    Money(1) + 1
except TypeError as e:
    print("TypeError:", e)
for x in [3, 2.5, Fraction(1, 3), 1 + 2j, True]:
    print(type(x).__name__, [c.__name__ for c in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex) if isinstance(x, c)])
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5), operator.concat([1], [2]))
try:
    operator.index(2.0)
except TypeError as e:
    print("TypeError:", e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), list(map(operator.methodcaller("upper"), ["x", "y"])))
