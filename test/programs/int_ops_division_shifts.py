# integer arithmetic corner cases: floor division and modulo signs, divmod, shifts, bitwise ops
# on negatives, pow with three arguments and negative exponents, and their errors
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (10**20 + 3, 7), (-(10**20), 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), -(a // -b), a - (a // b) * b == a % b)

for a in [1, -1, 5, -5, 2**70, -(2**70)]:
    print(a, a << 3, a >> 1, a >> 200, a << 0, a & 0xFF, a | 8, a ^ -1, ~a)
for call in [lambda: 1 << -1, lambda: 1 >> -5, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(3, 0),
             lambda: 0 ** -1, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2, 3.0, 5),
             lambda: pow(2.5, 2, 3)]:
    try:
        print(call())
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

# modular inverses with negative exponents
for base, exp, mod in [(3, -1, 7), (3, -2, 7), (10, -1, 17), (-3, -1, 7), (3, -1, -7), (2, 10, 1000),
                       (7, 0, 1), (7, 0, -1), (-2, 5, 9), (12345678901234567890, 65537, 10**9 + 7)]:
    r = pow(base, exp, mod)
    print(base, exp, mod, r)

# true division of ints is correctly rounded even for huge values
print(10**30 / 10**10, (2**1000 + 1) / 2**999, 1 / 3, -7 / 2, 2**53 + 1 == float(2**53 + 1))
try:
    2**10000 / 1
except OverflowError as e:
    print("OverflowError", e)
print((2**10000) // (2**9990), 2**10000 % 1000)

# bool is an int
print(True + True, True * 7, -True, ~True, True << 4, True / 2, divmod(True, 2), False ** 0)

# bit_length, bit_count, and a popcount loop agree
for n in [0, 1, 255, 256, -1, -255, 2**64 - 1, -(2**64)]:
    loop = bin(n).count("1")
    print(n, n.bit_length(), n.bit_count(), loop, abs(n).bit_length() == len(bin(abs(n))) - 2 if n else True)

# gcd by Euclid vs math.gcd, lcm
import math
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
for a, b in [(48, 18), (-48, 18), (0, 0), (17, 5), (2**40, 6**20)]:
    print(a, b, gcd(a, b), math.gcd(a, b), math.lcm(a, b))
print(math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**20 + 5), math.comb(30, 12), math.perm(6, 3))
