from string.templatelib import Template, Interpolation

name = "World"
count = 3
t = t"Hello {name}! You have {count:03d} new {'message' if count == 1 else 'messages'}."
print(type(t).__name__, t.strings, [i.value for i in t.interpolations], [i.expression for i in t.interpolations])
print([(i.conversion, i.format_spec) for i in t.interpolations])

def render(tmpl: Template) -> str:
    out = []
    for part in tmpl:
        if isinstance(part, Interpolation):
            v = part.value
            if part.conversion == "r":
                v = repr(v)
            out.append(format(v, part.format_spec))
        else:
            out.append(part)
    return "".join(out)

print(render(t))
print(render(t"{name!r:>10}|{3.14159:.2f}"))
t2 = t"a" t"{name}" t"b"
print(t2.strings, t2.values)
i = Interpolation(5, "x", None, "")
print(i.value, i.expression, i.conversion, i.format_spec)
print(Template("x", Interpolation(1, "one"), "y").strings)
try:
    t + "plain"
except TypeError as e:
    print("TypeError:", e)
