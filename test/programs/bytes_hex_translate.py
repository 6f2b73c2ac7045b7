# bytes.hex with separators, fromhex whitespace rules, translate/maketrans with deletion,
# and the byte-level predicates
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 4), data.hex(" ", -4), data.hex(b"|", 1))
print(bytearray(b"\xde\xad\xbe\xef").hex("_", 2), memoryview(b"\x01\x02\x03").hex(","))
for bad in [lambda: data.hex("::"), lambda: data.hex("é"), lambda: data.hex(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for text in ["de ad be ef", " 0a0b ", "", "DEADbeef", "0 a", "zz", "abc", "01\n02"]:
    try:
        print(repr(text), bytes.fromhex(text), bytearray.fromhex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc-abc".translate(table))
print(b"hello world".translate(None, b"lo"), b"hello".translate(table, b"h"))
print(bytearray(b"cabbage").translate(table, delete=b"g"))
for bad in [lambda: bytes.maketrans(b"ab", b"x"), lambda: b"x".translate(b"short"),
            lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

preds = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
for b in [b"abc", b"ABC", b"Abc Def", b"123", b"", b" \t\n", b"\xff", b"a1", b"\x0b\x0c"]:
    print(f"{b!r:>14}", "".join("X" if getattr(b, p)() else "." for p in preds))
print(b"hello World".title(), b"MiXeD".swapcase(), b"\xe9t\xe9".upper(), b"ABC".lower(),
      b"hello".capitalize())

# bytes constructors and their errors
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(memoryview(b"mv")))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: bytes(-1),
            lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes("x", "nope")]:
    try:
        bad()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)

# checksum of a record using bytes ops
record = b"ID=42;NAME=widget;QTY=7"
fields = dict(part.split(b"=") for part in record.split(b";"))
print(sorted(fields.items()))
checksum = sum(record) % 256
print(checksum, hex(checksum), record.hex()[:16], bytes([checksum]).hex().upper())
