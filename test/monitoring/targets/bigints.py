def fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
    return r

def digits(n):
    count = 0
    while n:
        n //= 10
        count += 1
    return count

big = fact(25)
print(big, big % 1000007, big.bit_length())
print(2 ** 100 > 10 ** 30, -big // 7, digits(big))
print(divmod(big, 10 ** 20), abs(-big) == big, hex(2 ** 70))
try:
    big / 0
except ZeroDivisionError as e:
    print(e)
print(int(str(big)[::-1]) % 97, bytes([65, 66]), b"ab" + b"c", len(b"xyz"))
