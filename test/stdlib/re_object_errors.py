import re

m = re.match("a", "a")
p = re.compile("a")
S = type("S", (str,), {})
checks = [
    lambda: len(m), lambda: m.foo, lambda: iter(m), lambda: p.foo, lambda: m < m, lambda: p[0],
    lambda: m.group(x=1), lambda: m.start(group=0), lambda: p.match("a", pos="x"), lambda: p.sub("a", "b", "c"),
    lambda: p.sub(1, "a"), lambda: p.split(b"a"), lambda: hash(m) == hash(m), lambda: p < p,
    lambda: setattr(p, "flags", 1), lambda: setattr(m, "pos", 1), lambda: m.groups(1, 2), lambda: type(p)(),
    lambda: p.scanner("a").match(1), lambda: p.fullmatch(), lambda: m.span(0, 1), lambda: m.expand(),
    lambda: re.compile("(?P<a>x)").groupindex["a"], lambda: list(re.compile("(?P<a>x)(?P<b>y)").groupindex.keys()),
    lambda: re.compile("(?P<a>x)").groupindex["zz"], lambda: len(re.compile("(?P<a>x)").groupindex),
    lambda: type(re.compile(S("ab")).pattern).__name__, lambda: type(re.match("a", S("xab")[1:]).string).__name__,
    lambda: type(re.match("a", S("a")).group()).__name__, lambda: re.match("a", S("a")).string == "a",
    lambda: re.compile("a").sub(S("b"), "aa"), lambda: type(re.compile("a").sub(S("b"), "aa")).__name__,
    lambda: type(re.sub("x", "y", S("abc"))).__name__, lambda: re.compile("(a)").match("a")["x"],
]
for f in checks:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
