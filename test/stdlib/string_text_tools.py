import string
import textwrap
import unicodedata

words = "the rain in spain stays mainly in the plain".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table), "Hello".swapcase(), "  pad  ".strip(), "a,b,,c".split(","), "x".center(7, "*"))
print("café".encode("ascii", "ignore"), unicodedata.normalize("NFD", "é") == "e\u0301", unicodedata.name("☃"), unicodedata.category("A"))
print(textwrap.fill(" ".join(words * 3), 36))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|", f"{1234567:_}", f"{0.000123:.2e}", f"{42:#b}", f"{-3.5:+.1f}")
print("%s has %d items costing %.2f (%r)" % ("cart", 3, 9.5, "x"), "%(a)s-%(b)04d" % {"a": "k", "b": 7})
print("abc".zfill(6), "title case words".title(), "ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
