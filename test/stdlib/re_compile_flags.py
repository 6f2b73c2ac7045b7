import re

for pat, flags in [("a", 0), ("a", re.I), ("a", re.I | re.M), ("a.b", re.S | re.X), (r"\w", re.A),
                   ("x", re.U), ("(?i)x", 0), ("(?m)^x", re.S), (b"x", 0), (b"x", re.I | re.L)]:
    p = re.compile(pat, flags)
    print(repr(p), p.flags, p.groups, p.pattern)

print(re.I, re.IGNORECASE.value, int(re.M), re.S | re.X, re.A.name)
print(re.compile("(?P<first>a)(b)(?P<third>c)").groupindex)
print(dict(re.compile("(?P<first>a)(b)(?P<third>c)").groupindex))
print(re.compile("(a)(b)").groupindex, re.compile("(a)(b)").groups)
p1 = re.compile("abc", re.I)
p2 = re.compile("abc", re.I)
p3 = re.compile("abc")
print(p1 == p2, p1 != p3, p1 == "abc", hash(p1) == hash(p2))
print(re.compile(p1) is p1)
try:
    re.compile(p1, re.M)
except ValueError as e:
    print("ValueError:", e)
print(re.compile("(?x) a b # comment\n c").match("abc"))
print(re.compile("(?i:A)b").match("ab"), re.compile("(?i:A)b").match("aB"))
print(re.compile("(?-i:a)B", re.I).match("ab"), re.compile("(?-i:a)B", re.I).match("Ab"))
print(re.Pattern, re.Match, type(re.compile("")).__name__, type(re.match("", "")).__qualname__)
print(re.Pattern[str], re.Match[bytes])
for name in ("NOFLAG", "ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE"):
    print(name, int(getattr(re, name)))
print(repr(re.compile("a" * 300))[:60], len(repr(re.compile("a" * 300))))
