# Text processing with str methods, formatting and slicing.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,").lower() for w in text.split()]
print(words[:8], len(words), len(set(words)))
print(text.count("it was"), text.find("worst"), text.rfind("age"), text.startswith("It"))
title = "  the quick brown fox  "
print(repr(title.strip()), title.title(), title.strip().capitalize(), title.split())
print("-".join(reversed("abc")), "abc".center(9, "*"), "42".zfill(5), "x".ljust(3) + "|")
print("%-6s|%6.2f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"))
print("{0}-{1}-{0}".format("a", "b"), "{name}={value:>5}".format(name="k", value=12))
print(f"{'nested ' + 'f':^20}", f"{3.5!r:>8}", f"{1e6:,.1f}", f"{0.000123:.2e}")
table = str.maketrans("aeiou", "AEIOU")
print("programming".translate(table), "a,b;c".replace(";", ","), "CamelCaseString".swapcase())
print("straße".upper(), "ǅ".lower(), "İ".lower().encode if False else "ok", "ß".casefold())
print(["x", "yy", "zzz"][::-1], "hello"[1:-1], "hello"[::2], "hello"[-1], "é" * 3)
print(sorted("banana"), sorted(set("banana")), "banana".partition("n"), "banana".rpartition("n"))
print("a\tb".expandtabs(4), "  x".isspace(), "123".isdigit(), "ab12".isalnum(), "Ab".istitle())
