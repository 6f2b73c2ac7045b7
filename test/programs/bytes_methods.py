# bytes: construction, methods, indexing, errors.
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"x"), bytes())
print(bytes("abc", encoding="ascii"), bytes.fromhex("de ad be ef"), b"\x00\xffab".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.split(b", "), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"zz"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b"  pad  ".strip(), b"xxaxx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip(), b"www.x.com".strip(b"wcom."))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"a=b".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-1".zfill(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"Ab Cd".istitle(), b"ab".islower(), b"AB".isupper(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xff".decode("ascii", "backslashreplace"))
print(b"abc" + b"def", b"ab" * 3, 3 * b"x", b"b" in b"abc", 98 in b"abc", b"" in b"x", b"abc" == b"abc", b"a" < b"b")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" != "abc", bytes(b"abc") is not None)
print(repr(b"\x00\x01\t\n\r'\"\\\x7f\x80"), repr(b"'"), repr(b'"'), repr(b"'\""), str(b"x"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), min(b"hello"), sum(b"abc"), list(reversed(b"ab")))
print(b"%s %d %x %r %c %c %b" % (b"bytes", 5, 255, "é", 65, b"Z", b"bin"), b"%5s|%-5s|" % (b"a", b"b"))
print(b"A".fromhex("41"), bytes.fromhex(""), b"abc"[5:], b"abc"[-10:2])
print([x for x in b"hi"], tuple(b"ok"), set(b"aa"), dict.fromkeys(b"ab"))

errors = [
    lambda: bytes("abc"),
    lambda: bytes(-1),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes(1.5),
    lambda: b"abc"[5],
    lambda: b"abc" + "def",
    lambda: b"abc" + 1,
    lambda: b"a".join(["b"]),
    lambda: b"abc".index(b"z"),
    lambda: b"abc".find(256),
    lambda: b"abc".decode("nope"),
    lambda: b"\xff".decode("utf-8"),
    lambda: b"\xff".decode("ascii"),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("abc"),
    lambda: b"x".center(5, "*"),
    lambda: b"%d" % b"x",
    lambda: b"%s" % "str",
    lambda: b"x"[0:1:0],
    lambda: "x" in b"abc",
    lambda: b"abc".split(b""),
    lambda: b"abc".replace("a", "b"),
    lambda: b"abc".count(None),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, IndexError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
b"abc"[10]
