# printf-style % formatting of str.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (1, 2, 3, 4, 5, 6, 7, 8))
print("%x %X %o %#x %#X %#o %08x %-#8o|" % (255, 255, 8, 255, 255, 8, 255, 8))
print("%e %E %f %F %g %G %.3e %10.4f|" % (1234.5, 0.000123, 3.14159, 2.5, 1e-10, 1e16, 12345.6789, 2.0))
print("%c%c%c %%" % (72, "i", 0x263A))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 42})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%r" % ((1, 2),), "%s" % {"a": 1})
print("%.3s|%5.2s|%-5s|" % ("abcdef", "xyz", "q"))
print("%d %d %d" % (3.99, -3.99, True), "%x" % 2**70, "%d" % 10**25)
print("%g %g %g %g" % (0.0001, 0.00001, 123456, 1234567), "%#g" % 1.0, "%.0e" % 12345)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%5s|" % None, "%s" % True)
print("%(a)s%(a)s" % {"a": "x"}, "%()s" % {"": "empty"}, "no args" % (), "plain" % {})
print("%-+8.2f|%+08.2f|% 08.2f|" % (3.14159, 3.14159, 3.14159))
print("%i%%" % 50, "100%%" % (), "%s%%s" % "x")

class Obj:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
    def __index__(self):
        return 97

o = Obj()
print("%s %r %a %c %x %d" % (o, o, o, o, o, o))

errors = [
    lambda: "%d" % "s",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%z" % 1,
    lambda: "%(x)s" % {},
    lambda: "%(x)s" % 5,
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: "%c" % 1.5,
    lambda: "%x" % 1.5,
    lambda: "%f" % "x",
    lambda: "%" % (),
    lambda: "%*d" % ("a", 1),
    lambda: "%.*f" % (1.5, 2.0),
    lambda: "%d %(a)s" % {"a": 1},
    lambda: "%s %" % (1,),
    lambda: "%o" % None,
    lambda: "abc" % 5,
    lambda: "%(a" % {"a": 1},
    lambda: "%i" % [],
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s and %s" % ("one",))
