# printf-style formatting of bytes and bytearray (PEP 461).
print(b"%s|%b|%a|%r" % (b"raw", bytearray(b"ba"), "é", "q"))
print(b"%d %i %u %x %X %o %#x %#o %05d %-5d| %+d % d" % (1, 2, 3, 255, 255, 8, 255, 8, 42, 7, 5, 6))
print(b"%f %.2f %e %.3E %g %G %10.3f|%-10.1f|" % (3.14159, 2.5, 12345.678, 0.00012, 1e-10, 1e20, 2.0, 3.0))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%%" % (), b"100%% %s" % b"sure", b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"xyz"))
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 9}, bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%s") % b"x").__name__)
print(b"%s" % memoryview(b"mv"), b"%x" % 2**70, b"%d" % True, b"%.0f" % 2.5, b"%s" % (b"",), b"" % ())

class WithBytes:
    def __bytes__(self):
        return b"custom"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
print(b"[%s]" % WithBytes(), b"%a" % WithBytes() != b"", b"%a" % [1, "\xe9"])
errors = [
    lambda: b"%s" % "str",
    lambda: b"%s" % 5,
    lambda: b"%s" % BadBytes(),
    lambda: b"%d" % b"1",
    lambda: b"%c" % 256,
    lambda: b"%c" % b"ab",
    lambda: b"%c" % "a",
    lambda: b"%s %s" % b"x",
    lambda: b"%s" % (b"a", b"b"),
    lambda: b"%(k)s" % {"k": b"v"},
    lambda: b"%z" % 1,
    lambda: b"%" % (),
    lambda: b"%x" % 1.5,
    lambda: b"x" % 1,
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
b"%d" % "5"
