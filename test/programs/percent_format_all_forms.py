# printf-style % formatting for str and bytes: every conversion, flags, * width and precision,
# mapping keys, and the error messages
vals = [0, 42, -42, 3.14159, -0.5, 1e10, 255]
for conv in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o",
             "%e", "%.2E", "%f", "%.1f", "%g", "%G", "%10.3g", "%r", "%s", "%a", "%%"]:
    row = []
    for v in vals:
        try:
            row.append(conv % v if conv != "%%" else conv % ())
        except TypeError as e:
            row.append(f"<{e}>")
    print(f"{conv:7}", " | ".join(row))
print("%c%c%c" % (72, "i", 0x1F600), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"), "%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%(name)s is %(age)d; %(name)r again" % {"name": "Ann", "age": 33}, "%(x)05.1f" % {"x": 2.25})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%r" % ("q",), "%s" % {"k": 1}, "%d%%" % 50)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("t",)), ("%(k)s", {}),
                  ("%c", "ab"), ("%c", 1114112), ("%z", 1), ("%", ()), ("%d", 1.5j), ("%x", 1.5),
                  ("%.*f", ("2", 1.0)), ("%(a)s %s", {"a": 1}), ("%*s", (1.5, "x"))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%d" % 3.99, "%i" % True, "%x" % -255, "%o" % -8, "%.0f" % 2.5, "%.0f" % 3.5, "%s" % None, "%5.1s|" % "abc")
class Num:
    def __index__(self):
        return 9
    def __int__(self):
        return 8
print("%x %d %o" % (Num(), Num(), Num()), "%c" % Num())

# bytes formatting
print(b"%d-%s-%r" % (1, b"two", "three"), b"%5b|%-5b|" % (b"ab", b"cd"), b"%c%c" % (65, b"B"), b"%x" % 255)
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%a" % "é", b"%%" % (), b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%y", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# a receipt formatted with %
lines = [("Widget", 3, 4.99), ("Gadget", 1, 19.5), ("Doohickey", 12, 0.35)]
print("%-12s %5s %9s" % ("item", "qty", "total"))
for name, qty, price in lines:
    print("%-12.10s %5d %9.2f" % (name, qty, qty * price))
print("%-12s %5d %9.2f" % ("TOTAL", sum(q for _, q, _ in lines), sum(q * p for _, q, p in lines)))
