# The integer functions of math: factorial, comb, perm, isqrt, gcd, lcm, prod, sumprod.
import math

print([math.factorial(n) for n in range(15)], math.factorial(100) % 10 ** 30, len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(0, 0), math.comb(10 ** 20, 2))
print(math.perm(5), math.perm(5, 2), math.perm(5, 6), math.perm(20, None), math.perm(10 ** 20, 2))
print([math.isqrt(n) for n in range(30)], math.isqrt(10 ** 40), math.isqrt(2 ** 200 - 1), math.isqrt(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 70, 3 ** 40))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 21)))
print(math.prod([[1, 2]], start=2), math.prod(["ab"], start=3))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
print(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod([2 ** 70, 3], [2 ** 70, 5]), math.sumprod([True, 2], [3, 4.5]))
print(math.fsum([0.1] * 10), math.fsum([1e-16, 1.0, 1e16]), math.fsum([1e308, -1e308, 1.0]), math.fsum(range(10)))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([math.inf, 1.0]), math.fsum([1, 10 ** 100, -10 ** 100]))
print(math.fsum(x / 10 for x in range(1, 100)), sum(x / 10 for x in range(1, 100)))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(1e20), math.floor(10 ** 30), type(math.floor(True)))

class N:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
    def __index__(self): return 7
print(math.floor(N()), math.ceil(N()), math.trunc(N()), math.sqrt(N()), math.factorial(N()), math.gcd(N(), 21))
