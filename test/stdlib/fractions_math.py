# Lib's fractions over math (gcd, floor/ceil/trunc through __floor__..., isqrt-free paths) and the
# numeric tower: arithmetic, conversions, limit_denominator, formatting.
from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(b), a ** 2, a ** -2, b ** 3, 2 ** F(1, 2))
print(F("3/7"), F("-1.25"), F("1e-3"), F(0.1), F(2.5), F(10, -4), F(7), F(" 8/12 "), F.from_float(0.3))
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(355, 113).limit_denominator(100), F(1, 3).limit_denominator(2))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(13, 7), 2), int(F(-9, 4)), float(F(1, 3)))
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(3, 2) > 1, sorted([F(1, 3), 0.25, 1, F(-1, 2)]), hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2))
print(a.numerator, a.denominator, a.as_integer_ratio(), F(6, 4).is_integer(), F(4, 2).is_integer(), math.gcd(12, 18), math.lcm(4, 6))
print(f"{F(1, 3):.5f}", f"{F(22, 7):10.3f}|", format(F(-1, 8), "e"), f"{F(1, 3)}", repr(F(1, 3)), str(F(-2, 1)))
print(sum(F(1, n) for n in range(1, 11)), math.prod([F(1, 2), F(2, 3), F(3, 4)]), math.fsum([0.1, 0.2, 0.3]), math.sumprod([F(1, 2), 3], [4, F(1, 3)]))
for bad in [lambda: F(1, 0), lambda: F("x"), lambda: F(math.inf), lambda: F(math.nan), lambda: F(1.5, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
