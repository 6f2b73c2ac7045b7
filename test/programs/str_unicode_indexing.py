# Strings as sequences of code points: astral characters, combining marks, indexing and slicing.
s = "a😀b€c\U0001F40Dd"
print(len(s), s[1], s[3], s[-2], s[1:4], s[::-1], s[::2], list(s), [ord(c) for c in s])
print(s.find("b"), s.index("€"), s.rfind("d"), s.count("😀"), s.split("€"), s.partition("b"), "😀" in s)
print(s.upper(), s.center(12, "*"), s.ljust(9, "😀"), s.zfill(10), repr(s), ascii(s))
print(s.replace("😀", "-"), s.replace("", "|", 3), s.startswith("a😀"), s.endswith("\U0001F40Dd"), s.encode("utf-8"))
print(f"{s:>10}|{s:^11}|{s:.3}|", "%5.2s|" % s, format(s, "*<9"), len(s.encode("utf-8")), len(s.encode("utf-16-le") if False else b""))
comb = "e\u0301"
print(len(comb), comb[0], repr(comb[1]), comb.upper(), comb.isalpha(), comb[1].isalpha(), repr(comb[::-1]))
print(sorted(["é", "e", "😀", "z", "Z", "€"]), max("a😀"), min("😀€"), "😀" > "\uffff", "\U0001F600" == "😀")
t = "😀" * 3
print(t.count("😀"), t.find("😀", 1), t.rfind("😀"), t[1:], t.split("😀"), t.strip("😀"), t.title(), t.isprintable())
print([c for c in "x😀y"], list(reversed("x😀y")), "".join(sorted("c😀ab")), "😀".join("ab"), ord(max("😀a")))
print(str(chr(0x1F600)), hex(ord("\U0010FFFF")), "\u2603" == "☃", len("\U0001F600"))
for i in range(-3, 3):
    print(i, repr(s[i]), repr(s[i:]), repr(s[:i]))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
print("abc"[::0])
