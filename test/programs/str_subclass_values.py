# Subclasses of str, int and float as values: dict keys, operators, methods returning base types.
class I(int):
    pass
class S(str):
    pass
class F(float):
    pass
d = {I(2): "i", S("k"): "s", F(1.5): "f"}
print(d[2], d["k"], d[1.5], I(2) in {2: 0}, S("k") in {"k": 0}, F(1.5) in {1.5: 0}, {2: 0}[I(2)], {"k": 1}[S("k")])
s = S("hello")
print(len(s), s[1], s[1:3], "ell" in s, list(s)[:2], s + "!", "<" + s, s * 2, s == "hello", "hello" == s, s < "z", hash(s) == hash("hello"))
print(repr(s), str(s), type(str(s)).__name__, f"{s:>7}", s.upper(), "%s!" % s, s.__len__(), bool(S("")), bool(s))
print(sorted([S("b"), "a", S("c")]), max(S("x"), "y"), {s, "hello"} == {"hello"}, len({s, "hello"}))
print(type(s + "x").__name__, type(s * 2).__name__, type(s[0]).__name__, type(s.strip()).__name__, type(",".join([s])).__name__)
print(isinstance(s, str), issubclass(S, str), S.__mro__, s.__class__.__name__, type(S()).__name__, repr(S()))

class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def __repr__(self):
        return f"Tagged({str.__repr__(self)}, {self.tag!r})"
    def shout(self):
        return self.upper() + "!"

t = Tagged("word", 7)
print(t, repr(t), t.tag, t.shout(), t.split("o"), t == "word", {t: 1}["word"], vars(t))

class Upper(str):
    def __new__(cls, value=""):
        return super().__new__(cls, str(value).upper())
    def __add__(self, other):
        return Upper(str(self) + str(other))
    def __eq__(self, other):
        return str(self).lower() == str(other).lower()
    __hash__ = str.__hash__

u = Upper("abc")
print(u, repr(u), type(u + "d").__name__, u + "d", u == "ABC", u == "abc", "abc" == u, Upper(12), Upper())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(object="kw"), str(), str(b"x"))
errors = [
    lambda: S(1, 2, 3, 4),
    lambda: str(b"x", "bogus-codec"),
    lambda: str(1, "utf-8"),
    lambda: str("s", "utf-8"),
    lambda: str(b"\xff", "ascii"),
    lambda: s + 1,
    lambda: 1 + s,
    lambda: s - "x",
    lambda: s[10],
    lambda: S.__new__(int),
    lambda: str.__new__(S, 1, 2, 3, 4),
    lambda: Tagged("only"),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, LookupError, IndexError) as e:
        print(type(e).__name__, e)
print(s.missing)
