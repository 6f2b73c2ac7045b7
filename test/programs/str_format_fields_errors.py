# str.format: auto and manual numbering, attribute and index fields, conversions, nested specs,
# format_map, and every error message of the field parser
class User:
    name = "ada"
    tags = ["x", "y"]
    info = {"lang": "en", 0: "zero"}
u = User()
print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{0.name} {0.tags[1]} {0.info[lang]}".format(u))
print("{u.info[0]}".format(u=u), "{0[0]}{0[1]}".format("ab"), "{x[-1]}".format(x={"-1": "neg"}), "{0[ 1]}".format({" 1": "sp"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|{0:^8}|".format("mid"), "{:{}{}}".format(3.14159, ">", 10))
print("{:{w}.{p}f}".format(2.5, w=8, p=3), "{0:{1}}".format("pad", 6) + "|", "{{}} {{{0}}}".format("x"))
print("{0}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "{}".format(u.tags), "{:%}".format(0.25))
print("{name} from {place}".format_map({"name": "Bo", "place": "Oslo"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} and {unknown}".format_map(Default(known="yes")))
for fmt, args, kwargs in [
        ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
        ("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}), ("{2}", (1,), {}), ("{name}", (), {}),
        ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[a]}", ([1],), {}), ("{0.}", (1,), {}),
        ("{0[}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:d}", ("s",), {}), ("{0!r:}x}", (1,), {}),
        ("{0[0]x}", ([1],), {}), ("{-1}", (1,), {}), ("{:}", (), {}), ("{a.b.c}", (), {"a": 1})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
try:
    "{x}".format_map(1)
except TypeError as e:
    print("TypeError:", e)

# string.Formatter exposes the same parser
import string
print(list(string.Formatter().parse("a{0!r:>3}b{x.y}c{{d}}")))
print(string.Formatter().format("{0}-{k}", 1, k=2), string.Formatter().vformat("{}{}", ("p", "q"), {}))

# templates for a simple report
header = "{title:=^30}"
row = "{name:<12}{qty:>6d}{price:>10.2f}"
print(header.format(title=" INVENTORY "))
for item in [dict(name="bolts", qty=120, price=0.05), dict(name="nuts", qty=75, price=0.04), dict(name="washers", qty=3, price=1.5)]:
    print(row.format(**item))
print("{:-^30}".format(""), "{0:>{1}}".format("end", 30 - 27))
