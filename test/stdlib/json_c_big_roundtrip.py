# round trips of large and nested documents through the C scanner and encoder
import json
import random

rng = random.Random(1234)
def value(depth):
    r = rng.random()
    if depth > 5 or r < 0.3:
        c = rng.randrange(7)
        if c == 0:
            return rng.randrange(-10 ** 6, 10 ** 6)
        if c == 1:
            return rng.uniform(-1e6, 1e6)
        if c == 2:
            return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 32), rng.randrange(0x80, 0x800),
                                            rng.randrange(0x800, 0xd800), rng.randrange(0x10000, 0x10ffff)]))
                           for _ in range(rng.randrange(12)))
        if c == 3:
            return rng.choice([True, False, None])
        if c == 4:
            return 10 ** rng.randrange(15, 40) * rng.choice([1, -1])
        if c == 5:
            return rng.choice([0.0, -0.0, 1e-320, 1.7976931348623157e308, 5e-324, 0.1, 1 / 3])
        return ""
    if r < 0.65:
        return [value(depth + 1) for _ in range(rng.randrange(6))]
    return {("k%d" % i if i % 3 else "é😀%d\n" % i): value(depth + 1) for i in range(rng.randrange(6))}

docs = [value(0) for _ in range(40)]
total = 0
for d in docs:
    for kw in [{}, {"ensure_ascii": False}, {"indent": 2, "sort_keys": True}, {"separators": (",", ":")}]:
        s = json.dumps(d, **kw)
        total += len(s)
        assert json.loads(s) == d or s != s
        assert json.dumps(json.loads(s), **kw) == s
print(total)
print(json.dumps(docs[:3]))
print(json.dumps(docs[3:6], indent=1, ensure_ascii=False, sort_keys=True))

big = {"rows": [{"id": i, "name": "row %d" % i, "vals": [i * 0.5, -i, str(i)], "flag": i % 3 == 0} for i in range(3000)]}
s = json.dumps(big)
print(len(s), s[:120], s[-80:])
back = json.loads(s)
print(back == big, len(back["rows"]), back["rows"][1234])
s2 = json.dumps(big, indent="\t", sort_keys=True)
print(len(s2), json.loads(s2) == big)
nested = []
cur = nested
for i in range(60):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s3 = json.dumps(nested)
print(len(s3), json.loads(s3) == nested, json.dumps(nested, indent=1).count("\n"))
deep = {"a": None}
cur = deep
for i in range(50):
    cur["a"] = {"b": i, "a": None}
    cur = cur["a"]
print(json.loads(json.dumps(deep)) == deep)
# long strings with many escapes
text = "".join(chr(i) for i in range(0, 0x3000, 7)) * 20
print(len(json.dumps(text)), len(json.dumps(text, ensure_ascii=False)), json.loads(json.dumps(text)) == text)
print(json.loads('"' + "\\u00e9" * 5000 + '"') == "é" * 5000, json.loads("[" + "1," * 10000 + "2]")[-3:])
