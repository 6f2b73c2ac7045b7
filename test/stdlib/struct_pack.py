# struct.pack/unpack/calcsize over every standard format character and byte order, and floats
import struct

for fmt in ["<bBhHiIlLqQ", ">bBhHiIlLqQ", "!bBhHiIlLqQ", "=bBhHiIlLqQ"]:
    vals = (-128, 255, -32768, 65535, -2**31, 2**32 - 1, 2**31 - 1, 0, -2**63, 2**64 - 1)
    b = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), b.hex(), struct.unpack(fmt, b) == vals)
print(struct.pack("<?c3s5p2x", True, b"z", b"abcdef", b"pascal"), struct.unpack("<?c3s5p2x", b"\x05zab\x00\x03xyz\x00\x00\x00"))
print(struct.pack("<0s3x", b"q"), struct.pack("<2c", b"a", b"b"), struct.pack(">4s", b"ab"), struct.unpack("<4s", b"ab\0d"))
for x in [0.0, -0.0, 1.0, -2.5, 1e-8, 3.141592653589793, 65504.0, 65519.0, 6e-8, 1e-10, float("inf"), float("-inf")]:
    print(x, struct.pack("<e", x).hex(), struct.pack(">f", x).hex(), struct.pack("<d", x).hex(),
          struct.unpack("<e", struct.pack("<e", x))[0], struct.unpack("<f", struct.pack("<f", x))[0])
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack(">e", b"\x7c\x01")[0] != struct.unpack(">e", b"\x7c\x01")[0], struct.pack("<d", 7))
print(struct.pack("<e", 1.0009765625).hex(), struct.pack("<e", 1.00048828125).hex(), struct.pack("<e", 1.00146484375).hex(), struct.pack("<e", 2**-24).hex())
print(struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"), struct.calcsize("@c i ? d"), struct.calcsize("<2q3e"), struct.calcsize("i" * 3 + "10s"))
print(struct.pack("@bhid", 1, 2, 3, 4.0).hex(), struct.unpack("@bhid", struct.pack("@bhid", 1, 2, 3, 4.0)), struct.pack("@?e", True, 0.5).hex())
print(struct.pack("<i", True), struct.pack("<?", 2), struct.unpack("<?", b"\x02"), struct.pack("<?", []), struct.pack(b"<h", 1))
class Idx:
    def __index__(self): return 7
print(struct.pack("<i", Idx()), struct.pack("<d", 2**53 + 1), struct.pack("<5p", b"ab"), struct.unpack("<5p", b"\x09abcd"))
print(struct.pack("<"), struct.unpack("<", b""), struct.pack("< i  h ", 1, 2), struct.unpack(">I", bytearray(b"abcd")), struct.unpack(">I", memoryview(b"abcd")))
print(struct.pack("<s", bytearray(b"x")), struct.pack("<3s", b"abcdef"), struct.pack("<3p", b"abcdef"), struct.pack("<1p", b"abc"))
# 3.14's complex codes
print(struct.calcsize("<F"), struct.calcsize("<D"), struct.calcsize("@bF"), struct.calcsize("@bD"), struct.calcsize("<2F"))
print(struct.pack("<F", 1 + 2j), struct.pack(">D", -0.5j), struct.unpack("<D", struct.pack("<D", 1.5 - 2j)), struct.pack("<F", 3), struct.pack("<D", 2.5))
print(struct.unpack("<2F", struct.pack("<2F", 1j, 0.1 + 0.2j)), struct.pack("@bF", 1, 1j).hex(), struct.pack("<F", 1e300 + 0j).hex())
for v in ["a", None]:
    try:
        struct.pack("<F", v)
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
