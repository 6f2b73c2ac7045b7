# string.Formatter (Lib/string.py over _string): parse, vformat, nested specs, conversions, errors.
import string

f = string.Formatter()
print(list(f.parse("a{0}b{name!r:>{width}}c{{}}")))
print(f.format("{0}-{1}-{0}", "x", "y"), f.format("{name:>{width}}|", name="ab", width=5), f.format("{0.real} {1[k]}", 3, {"k": "v"}))
print(f.format("{!r} {!s} {!a}", "é", "s", "é"), f.format("{} {}", 1, 2), f.format("{0:{1}}", 3.14159, ".2f"))

class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
    def get_value(self, key, args, kwargs):
        if key == "magic":
            return "abracadabra"
        return super().get_value(key, args, kwargs)
print(Upper().format("{0} and {magic} and {x}", "hello", x="world"))
for fmt, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{1}", ("a",), {}), ("{x}", (), {}), ("{} {0}", ("a",), {}),
                          ("{0!x}", ("a",), {}), ("{0[}", ("a",), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.}", ("a",), {})]:
    try:
        print(repr(f.format(fmt, *args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
print(f.check_unused_args(set(), (), {}), f.convert_field("x", "r"), f.format_field(5, "03d"))
t = string.Template("$who likes ${what}")
print(string.ascii_letters, string.digits, string.capwords("hello   world  x"))
