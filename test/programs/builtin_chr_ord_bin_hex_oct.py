# chr, ord, bin, hex, oct and int() round trips.
for cp in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xd7ff, 0xe000, 0xfffd, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ascii(c), ord(c), hex(cp), oct(cp), bin(cp), c.isprintable())
print(ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")), ord("\x00"), ord("\U0010ffff"))
for n in [0, 1, -1, 7, -7, 255, -256, 2**32, -2**40, 10**20, True, False]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(oct(n), 0), int(hex(n), 0), int(bin(n), 2) if n >= 0 else int(bin(n)[3:], 2))
print(format(255, "b"), format(255, "#o"), format(255, "X"), f"{-255:#x}", f"{10:08b}", f"{0:#b}")

class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), chr(Idx()))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "abc"], list(map(chr, range(97, 100))))
print(chr(0x41) + chr(0x1F40D), len(chr(0x1F40D)), ascii("naïve ☃ 😀"), repr("\x07\x1b\x7f\x80\xad"))

errors = [
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr(2**64),
    lambda: chr("a"),
    lambda: chr(1.5),
    lambda: ord(""),
    lambda: ord("ab"),
    lambda: ord(b"ab"),
    lambda: ord(1),
    lambda: ord(None),
    lambda: bin(1.5),
    lambda: hex("ff"),
    lambda: oct(None),
    lambda: bin(),
    lambda: hex(1, 2),
    lambda: int("0b102", 0),
    lambda: int("0xg", 16),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
chr(-5)
