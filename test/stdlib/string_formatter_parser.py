# _string.formatter_parser and formatter_field_name_split (what string.Formatter is built on).
import _string

def show(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ["", "abc", "{}", "{0}", "a{0}b", "{{}}", "a{{b}}c", "{name!r}", "{0:>10}", "{0!s:^{width}}", "{a.b[c]}",
          "{0[}]}", "x{0}y{1}z", "{!r}", "{:}", "}", "{", "a}b", "{0", "{0!}", "{0!rx}", "{0{1}}", "{0:{1}{2}}", "}}", "{{",
          "{ 0 }", "{0[1]:d}", "\u00e9{\u00e8}\u00ea"]:
    show(s)

def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ["", "0", "name", "a.b", "a[0]", "a[x].y[1][z]", "0.real", "a.", "a[", "a[]", "a[0]x", "12a", "a..b", "[0]", ".x", "007"]:
    split(s)
for bad in [5, None, b"x"]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError", e)
it = _string.formatter_parser("a{0}")
print(type(it).__name__, iter(it) is it, next(it), next(it, "end"), next(it, "end"))
