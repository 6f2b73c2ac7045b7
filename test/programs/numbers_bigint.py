# Arbitrary-precision ints: arithmetic across the safe-integer boundary, floor division and modulo
# signs, bitwise operations on negatives, shifts, three-argument pow and modular inverses, exact
# int/float comparison, correctly rounded true division, and the digit limit of str().
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


big = 2**53
print(big - 1, big, big + 1, -big - 1, (big + 1) - 2, big * big, -(big * 3) // 7, (big * 3) % -7)
print(2**64 // 3, -(2**64) // 3, 2**64 % -3, divmod(-(2**70), 12345), divmod(2**70, -12345))
print(12345678901234567890 * 98765432109876543210, 10**30 // 7, 10**30 % 7, -(10**30) // 7)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact.bit_length(), fact // 2**26, fact >> 26, fact % 1000003)
print(-1 & 0xFF, -256 | 15, -6 ^ 3, ~2**70, -(2**70) & (2**65 - 1), (2**100 - 1) ^ (2**99), -(2**64) >> 3, -1 >> 100, 1 << 0)
print(3**200 % 2**64, pow(3, 200, 2**64), pow(2, 10**18, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 5), pow(5, 0, 1))
for b, m in [(3, 7), (10, 17), (2**70 + 1, 10**9 + 7), (-5, 13), (7, -12)]:
    show(f"pow({b}, -1, {m})", lambda: pow(b, -1, m))
show("pow(4, -1, 6)", lambda: pow(4, -1, 6))
show("pow(2, -2, 1)", lambda: pow(2, -2, 1))
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("10**30 / 7", lambda: 10**30 / 7)
show("(2**1000 + 1) / 2**999", lambda: (2**1000 + 1) / 2**999)
show("10**400 / 10**399", lambda: 10**400 / 10**399)
show("1 / 10**400", lambda: 1 / 10**400)
show("(10**400).__truediv__(3)", lambda: (10**400).__truediv__(3))
show("(2**53 + 1) / 1", lambda: (2**53 + 1) / 1)
show("(2**54 + 3) / 2", lambda: (2**54 + 3) / 2)
show("float(2**53 + 1)", lambda: float(2**53 + 1))
show("float(2**1024 - 2**970)", lambda: float(2**1024 - 2**970))
show("float(2**1024 - 2**971)", lambda: float(2**1024 - 2**971))
show("float(-(10**400))", lambda: float(-(10**400)))
show("2**53 + 1 == float(2**53 + 1)", lambda: 2**53 + 1 == float(2**53 + 1))
show("2**53 + 1 > float(2**53)", lambda: 2**53 + 1 > float(2**53))
show("10**400 > 1e308", lambda: 10**400 > 1e308)
show("-(10**400) < float('-inf')", lambda: -(10**400) < float("-inf"))
show("2**64 * 1.0", lambda: 2**64 * 1.0)
show("2**64 + 0.5", lambda: 2**64 + 0.5)
seven, minus_two = 7, -2
show("7 ** -2", lambda: seven ** minus_two)
show("(-2) ** -3", lambda: minus_two ** -3)
show("(10**400) ** -1", lambda: (10**400) ** -1)
show("0 ** -1", lambda: 0 ** -1)
show("0 ** 0", lambda: 0 ** 0)
show("(-1) ** (10**20 + 1)", lambda: (-1) ** (10**20 + 1))
show("1 // 0", lambda: 1 // 0)
show("2**70 % 0", lambda: 2**70 % 0)
show("divmod(2**70, 0)", lambda: divmod(2**70, 0))
show("len(str(2**10000))", lambda: len(str(2**10000)))
show("len(str(10**4299))", lambda: len(str(10**4299)))
show("hex(10**5000)[:12]", lambda: hex(10**5000)[:12])
show("int('9' * 4300) % 97", lambda: int("9" * 4300) % 97)
show("int('9' * 4301)", lambda: int("9" * 4301))
show("int('f' * 5000, 16).bit_length()", lambda: int("f" * 5000, 16).bit_length())
show("(10**100).bit_count(), (-(2**100 - 1)).bit_count()", lambda: ((10**100).bit_count(), (-(2**100 - 1)).bit_count()))
show("round(2**80 + 2**20, -6)", lambda: round(2**80 + 2**20, -6))
show("round(-(10**25) - 5 * 10**10, -11)", lambda: round(-(10**25) - 5 * 10**10, -11))
