# big integers: arithmetic identities, formatting in every base with grouping, bit operations,
# to_bytes/from_bytes at large sizes, and the str conversion digit limit
import sys
f100 = 1
for i in range(2, 101):
    f100 *= i
print(len(str(f100)), str(f100)[:20], str(f100)[-30:], f100 % (10**9 + 7), f100.bit_length())
print(f"{f100:,}"[:40], f"{2**100:_x}", f"{2**64:#o}", f"{-(2**70):_b}"[:30], f"{10**30:e}", f"{10**30:.3g}")
print(hex(2**128 - 1), oct(8**30), bin(3**20), int(hex(7**50), 16) == 7**50, int("1" * 50, 2), int("z" * 20, 36))
a, b = 3**200, 7**100
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, a // -b, a % -b, (-a) // b, pow(a, b, 10**20), pow(a, -1, 10**9 + 7))
print((a ^ b) ^ b == a, (a & b) | (a & ~b) == a, a >> 300, (1 << 500) >> 499, -a >> 10 == -((a + 1023) >> 10))
n = 2**521 - 1
print(n.bit_count(), len(n.to_bytes(66, "big")), int.from_bytes(n.to_bytes(66, "little"), "little") == n)
print((-(2**100)).to_bytes(14, "big", signed=True).hex(), int.from_bytes(b"\xff" * 20, "big", signed=True))
try:
    (2**100).to_bytes(10, "big")
except OverflowError as e:
    print("OverflowError", e)
print(sys.int_info.bits_per_digit in (15, 30), sys.get_int_max_str_digits())
big = 10**5000
try:
    str(big)
except ValueError as e:
    print("ValueError", str(e)[:60])
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError", str(e)[:60])
print(len(hex(big)), big.bit_length(), len(f"{big:x}"))
sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
# exact rational arithmetic with big ints: continued fraction of sqrt(2) convergents
p, q = 1, 1
for _ in range(60):
    p, q = p + 2 * q, p + q
print(p * p - 2 * q * q, len(str(p)), f"{p / q:.15f}")
# fibonacci by fast doubling
def fib(n):
    if n == 0:
        return 0, 1
    a, b = fib(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
f1000 = fib(1000)[0]
print(len(str(f1000)), str(f1000)[:15], f1000 % 1000000007)
print(float(2**1023) * 2 == float("inf") if False else float(2**1023), round(2**100, -29), abs(-(10**40)), -(-(2**65)))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
