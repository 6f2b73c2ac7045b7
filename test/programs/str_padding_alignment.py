# center/ljust/rjust/zfill/expandtabs with their edge cases and errors
words = ["", "a", "ab", "abc", "abcd", "héllo"]
for w in words:
    print(repr(w.center(6)), repr(w.center(6, "*")), repr(w.ljust(5, "-")),
          repr(w.rjust(5, ".")), repr(w.center(1)), repr(w.center(-3)))

# CPython's center puts the extra fill on the right when the margin is odd and the
# string length is even, on the left otherwise
for n in range(1, 6):
    print(n, repr("x".center(n, "_")), repr("xy".center(n, "_")))

for s in ["42", "-42", "+42", "", "-", "abc", "0", "-0.5", "1_000", "+-3"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-1)))

tabbed = ["a\tb\tc", "\t", "abcdefgh\tx", "ab\tcd\nxyz\tw", "1\t22\t333\t4444", "a\r\tb"]
for t in tabbed:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)),
          repr(t.expandtabs(-1)), repr(t.expandtabs(tabsize=3)))

# fill characters must be exactly one character
for call in [lambda: "x".center(5, "ab"), lambda: "x".ljust(5, ""), lambda: "x".rjust(5, 7),
             lambda: "x".center("5"), lambda: "x".zfill("3"), lambda: "x".expandtabs("4"),
             lambda: "x".center(), lambda: "x".ljust(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# bytes and bytearray share the padding family
for b in [b"ab", bytearray(b"xyz")]:
    print(b.center(7, b"*"), b.ljust(5), b.rjust(5, b"0"), b.zfill(6), b"a\tb".expandtabs(3))
try:
    b"a".center(4, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a".ljust(4, b"xy")
except TypeError as e:
    print("TypeError:", e)

# a small table printed with alignment methods
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
width = max(len(r[0]) for r in rows)
print("+" + "-" * (width + 2) + "+" + "-" * 6 + "+" + "-" * 8 + "+")
for name, qty, price in rows:
    print("| " + name.ljust(width) + " |" + str(qty).rjust(5) + " |" + f"{price:.2f}".rjust(7) + " |")
print("+" + "TOTAL".center(width + 2, "=") + "+")
