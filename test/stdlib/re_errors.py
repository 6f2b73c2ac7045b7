import re

bad = ["(", ")", "[a-", "a**", "*a", "(?P<1>x)", "(?P<a>x)(?P<a>y)", r"\1", "(?<=a+)b", "a{2,1}",
       "[z-a]", "(?z)", "(?P=missing)", r"\p", "(?i", "x{100000000000}", r"(?(2)a|b)", "a|*", r"\g", "(?<", "[",
       "a\n(", "(?P<n>", r"(?P<a>x)\k", "(?#unterminated", r"\8", r"[\9]", "(?-a:x)", "(?ia)x"]
for p in bad:
    try:
        re.compile(p)
        print("compiled", repr(p))
    except re.error as e:
        print(repr(p), "->", e, "| pos", e.pos, "line", e.lineno, "col", e.colno)
    except Exception as e:
        print(repr(p), "->", type(e).__name__, e)
e = None
try:
    re.compile("ab\ncd(")
except re.error as err:
    e = err
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, type(e).__name__, re.error is re.PatternError)
for call in [lambda: re.match(), lambda: re.compile("a").match(), lambda: re.compile("a").match("a", "x"),
             lambda: re.compile("a").search("a", 0, 1, 2), lambda: re.compile("a").findall(string=1),
             lambda: re.compile("a").sub("b"), lambda: re.compile("a").split("a", maxsplit="2"),
             lambda: re.match("(a)", "a").group(1, 5), lambda: re.match("a", "a").start(1, 2),
             lambda: re.purge(1), lambda: re.compile(1), lambda: re.compile("a", "b")]:
    try:
        print(call())
    except (TypeError, IndexError, re.error) as e:
        print(type(e).__name__, e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError:", e)
