# struct: struct.error and TypeError messages, Struct objects, pack_into/unpack_from/iter_unpack
import struct

def check(f):
    try:
        print("ok", f())
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__module__, type(e).__name__, e)

for fmt in ["z", "3", 1, "<i<", "i!", "99999999999999999999i"]:
    check(lambda: struct.calcsize(fmt))
for fmt, v in [("<i", 2**31), ("<I", -1), ("<b", 128), ("<B", 256), ("<h", "a"), ("<h", 1.0), ("<q", 2**63), ("<Q", -1),
               ("<c", "a"), ("<c", b"ab"), ("<c", 97), ("<s", "a"), ("<p", 1), ("<e", 1e10), ("<f", 1e300), ("<f", "a"),
               ("<e", 65520.0), ("<i", 2**70), ("<H", 70000), ("<l", 2**31), ("<L", 2**32), ("<i", None), ("<Q", 2**64),
               ("<h", 2**15), ("<H", -1), ("<d", "x")]:
    check(lambda: struct.pack(fmt, v))
check(lambda: struct.pack("<i"))
check(lambda: struct.pack("<i", 1, 2))
check(lambda: struct.pack("0s"))
check(lambda: struct.unpack("<i", b"abc"))
check(lambda: struct.unpack("<i", "abcd"))
check(lambda: struct.unpack("<", b"a"))
check(lambda: struct.unpack_from("<i", b"abcd", 2))
check(lambda: struct.unpack_from("<i", b"abcd", -10))
check(lambda: struct.unpack_from("<i", b"abcd", offset=-2))
check(lambda: struct.unpack_from("<h", b"abcdef", offset=-2))
check(lambda: struct.unpack_from("<h", b"abcdef", 1))
ba = bytearray(8)
check(lambda: struct.pack_into("<i", ba, 2, -2))
print(ba)
check(lambda: struct.pack_into("<h", ba, -2, 0x4142))
print(ba)
for args in [(bytearray(3), 0, 1), (bytearray(8), 6, 1), (bytearray(8), -10, 1), (b"12345678", 0, 1), (bytearray(8),),
             (bytearray(8), 0), (), (bytearray(8), -2, 1)]:
    check(lambda: struct.pack_into("<i", *args))
check(lambda: list(struct.iter_unpack("<h", b"abc")))
check(lambda: list(struct.iter_unpack("<h", b"abcd")))
check(lambda: struct.iter_unpack("", b""))
it = struct.iter_unpack("<bb", b"abcdef")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
s = struct.Struct("<ih")
print(s, s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx" + s.pack(3, 4), 2))
print(struct.Struct(b">q").format, list(s.iter_unpack(s.pack(5, 6) * 2)))
check(lambda: struct.pack(s, 7, 8))
check(lambda: struct.calcsize(s))
buf = bytearray(6); s.pack_into(buf, 0, -1, -1); print(buf, type(s).__name__, type(s).__module__, struct.Struct.__name__)
check(lambda: struct.Struct())
check(lambda: struct.Struct("<i", 1))
check(lambda: struct.Struct(1))
check(lambda: s.pack(1))
check(lambda: s.unpack(b""))
print(struct.error, issubclass(struct.error, Exception), struct.error.__module__, struct.error.__qualname__)
struct._clearcache()
try:
    struct.pack("<B", -1)
except struct.error as e:
    print(repr(e), e.args)
raise struct.error("uncaught")
