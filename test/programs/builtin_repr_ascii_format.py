# repr(), ascii(), str(), format() across builtin types and user hooks.
vals = ["plain", "quote'", 'dq"', "both'\"", "tab\tnl\n", "\\", "é", "\u200b", "\U0001f600", "\x00\x7f",
        b"bytes'", 1, -0.0, 1e100, 1.5e-7, None, True, ..., NotImplemented, [1, "a"], (1,), {"k": [()]}, {1, 2}, frozenset(),
        range(2), slice(1, 2), int, str, type, len, ValueError("msg"), KeyError("k"), StopIteration()]
for v in vals:
    print(repr(v), ascii(v), str(v))
print(repr(repr("x")), ascii("\xff\u0100"), str(b"\xff"), repr("'" * 3), repr("\r\x0b\x0c"))
print(format(12.5), format(12.5, ""), format("abc"), format([1]), format(None, ""), format(3, ""), format(True, "^7"))

class R:
    def __repr__(self):
        return "R<é>"
class S:
    def __str__(self):
        return "S-str"
class Both(R):
    def __str__(self):
        return "both-str"
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(repr(R()), ascii(R()), str(R()), str(S()), repr([R(), R()]), str([S()]) != "", str(Both()), repr(Both()), f"{Both()!r}")
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()), f"{F()}", format(R(), ""), f"{S()}")

class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr for you")
class BadFormat:
    def __format__(self, spec):
        return 1

nested = [1]
nested.append(nested)
d = {}
d["me"] = d
print(nested, d, [d, nested], repr((nested,)))

errors = [
    lambda: repr(BadRepr()),
    lambda: str(BadStr()),
    lambda: ascii(BadRepr()),
    lambda: repr([RaisingRepr()]),
    lambda: format(BadFormat()),
    lambda: format(R(), "x"),
    lambda: format(1, "q"),
    lambda: f"{BadStr()}",
    lambda: repr(),
    lambda: ascii(1, 2),
    lambda: str(1, 2, 3, 4),
    lambda: str(b"x", "bogus-codec"),
    lambda: str(1, "utf-8"),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(object="kw"))
print([RaisingRepr()])
