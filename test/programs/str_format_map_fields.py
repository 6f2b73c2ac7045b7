# str.format_map and field resolution: mappings with __missing__, attribute/index chains, nesting.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"

print("{a} and {b}".format_map(Default(a=1)), "{x[0]}-{x[1]}".format_map({"x": "ab"}), "{0}".format_map(["z"]) if False else "")

class Obj:
    attr = "A"
    items = {"k": [10, 20]}
    def __getitem__(self, key):
        return f"item:{key!r}"

o = Obj()
print("{0.attr} {0.items[k][1]} {0[5]} {0[name]} {0[-1]}".format(o))
print("{0!r:^10}|{0!s:<4}|{0!a}".format("é"), "{:{}{}{}}".format(3.14159, "^", 10, ".2f"))
print("{[0]}{[1]}".format("ab", "cd"), "{.real}{.imag}".format(3, 4.5), "{0}{0}{1}{0}".format("x", "y"))
print("{}".format({"k": "v"}), "{:>5}".format(None.__class__.__name__), "{0:{fill}>5}".format(1, fill="*"))
print("{a.b}".format(a=type("N", (), {"b": "nested"})()), "{:%Y}".format(type("D", (), {"__format__": lambda s, sp: sp})()))
errors = [
    lambda: "{a}".format_map({}),
    lambda: "{0}".format_map({}),
    lambda: "{}".format_map({}),
    lambda: "{x".format_map({}),
    lambda: "{0.missing}".format(o),
    lambda: "{0[k][5]}".format({"k": [1]}),
    lambda: "{0[}".format(o),
    lambda: "{0.}".format(o),
    lambda: "{0!z}".format(o),
    lambda: "{0:{1:{2}}}".format(1, 2, 3),
    lambda: "{:d}".format("s"),
    lambda: "{}".format_map(5),
    lambda: "{a}".format_map(5),
    lambda: "{0[0]}".format(5),
]
for f in errors:
    try:
        print(repr(f()))
    except (KeyError, ValueError, AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
