# PEP 750 template strings: Template and Interpolation objects built by t"..." literals

name = "World"
count = 3
price = 9.5

t = t"Hello {name}!"
print(t)
print(t.strings, t.values)
print(t.interpolations)

Template = type(t)
Interpolation = type(t.interpolations[0])
print(Template.__name__, Template.__module__, Interpolation.__qualname__)

detailed = t"{count!r} items at {price:.2f} each ({name!s:>8}) {name!a}"
for item in detailed.interpolations:
    print(item.value, repr(item.expression), item.conversion, repr(item.format_spec))
print(detailed.strings)


def render(template):
    """A tiny renderer: apply conversions and format specs like an f-string would."""
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
            continue
        value = item.value
        if item.conversion == "r":
            value = repr(value)
        elif item.conversion == "s":
            value = str(value)
        elif item.conversion == "a":
            value = ascii(value)
        parts.append(format(value, item.format_spec))
    return "".join(parts)


print(render(detailed))
print(render(t"{'nested'} {count * 2 + 1:04d} {[1, 2][::-1]}"))
print(list(t"{name}{count}"), t"{name}{count}".strings)
print(list(t""), t"".strings, t"".interpolations)
width = 6
print(t"{price:{width}.1f}".interpolations[0].format_spec)
print(t"{count=}".strings, t"{count = }".interpolations)

combined = t + t" and {count}"
print(combined)
print(render(combined))

# constructing directly
built = Template("a", "b", Interpolation(1, "one"), "c", Interpolation(2, "two", "r", ">3"))
print(built)
print(Interpolation(5), Interpolation(5, "x", None, "^4"))
print(Interpolation.__match_args__)


def describe(item):
    match item:
        case Interpolation(value, expr, None, ""):
            return f"plain {expr}={value}"
        case Interpolation(value, expr, conv, spec):
            return f"fancy {expr}={value} conv={conv} spec={spec}"
        case str() as s:
            return f"text {s!r}"


for part in t"x{name}y{count!r:>4}":
    print(describe(part))

for bad in [lambda: t + "str", lambda: "str" + t, lambda: Template(3), lambda: Template(x=1),
            lambda: Interpolation(1, "e", "z"), lambda: t * 2]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
