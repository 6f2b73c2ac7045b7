def build():
    out = []
    out.append(1)
    out.extend([2, 3])
    out.insert(0, 0)
    d = {}
    d.setdefault("k", []).append("v")
    print(d.get("k"), d.get("z", "default"))
    s = ", ".join(str(x) for x in out)
    parts = "a-b-c".split("-")
    return s, parts, "x".upper(), out.pop(), out.index(2)

print(build())
words = ["b", "a"]
words.sort()
print(words, " ".join(words), "abc".replace("b", "B"))
try:
    [].pop()
except IndexError as e:
    print("pop:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("index:", e)
