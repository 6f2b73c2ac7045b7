# Rendering t-strings safely: HTML escaping and SQL parameter extraction, built on Template parts


def html_escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def convert(value, conversion):
    if conversion == "r":
        return repr(value)
    if conversion == "s":
        return str(value)
    if conversion == "a":
        return ascii(value)
    return value


def html(template):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            value = format(convert(part.value, part.conversion), part.format_spec)
            out.append(html_escape(value))
    return "".join(out)


def sql(template):
    query, params = [], []
    for part in template:
        if isinstance(part, str):
            query.append(part)
        else:
            query.append("?")
            params.append(part.value)
    return "".join(query), tuple(params)


user = "<script>alert('x')</script>"
score = 97.456
tags = ["a&b", "c"]
page = t"<p class=\"user\">{user}</p><p>{score:.1f}%</p><ul>{tags!r}</ul>"
print(html(page))
print(page.strings)
print([i.expression for i in page.interpolations])

name, age = "Robert'); DROP TABLE students;--", 12
query, params = sql(t"SELECT * FROM students WHERE name = {name} AND age > {age}")
print(query)
print(params)

items = [("widget", 3, 2.5), ("gadget", 1, 10.0)]
rows = [t"<tr><td>{n}</td><td>{q:>3}</td><td>{p * q:.2f}</td></tr>" for n, q, p in items]
print("\n".join(html(r) for r in rows))
combined = rows[0] + rows[1]
print(len(combined.interpolations), combined.values)


def describe(template):
    kinds = []
    for part in template:
        match part:
            case str() if part.strip():
                kinds.append("text")
            case str():
                kinds.append("space")
            case _ if part.format_spec:
                kinds.append(f"formatted:{part.expression}")
            case _:
                kinds.append(f"value:{part.expression}")
    return kinds


print(describe(t"{name} is {age:02d} years {' '}{score!r}"))
