# assignment expressions: binding into the enclosing scope from comprehensions, in while loops,
# in conditions and call arguments, and the places where they are a SyntaxError
import re

data = [4, 9, 15, 2, 20, 7]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
filtered = [y for x in data if (y := x * 2) > 10]
print(filtered, y)
total = 0
running = [(total := total + x) for x in data]
print(running, total)
print(any((hit := x) > 14 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)

def first_match(patterns, text):
    for p in patterns:
        if (m := re.search(p, text)) is not None:
            return p, m.group(0), m.span()
    return None
print(first_match([r"\d{3}", r"[A-Z]\w+", r"\s"], "call Bob at 555-1234"))

chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks, None)):
    print("chunk", chunk)
print("stopped at", repr(chunk))

lines = ["key1 = 10", "# comment", "key2=  x", "bad line", "key3 = 7"]
parsed = {m[1]: int(v) for line in lines if (m := re.match(r"(\w+)\s*=\s*(.*)", line)) and (v := m[2]).isdigit()}
print(parsed, v)

def scope_check():
    [inner := i for i in range(3)]
    return inner
print(scope_check())

class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)

# nested comprehensions bind in the function scope, not the comprehension
def nested():
    grid = [[(last := r * c) for c in range(3)] for r in range(3)]
    return grid, last
print(nested())

print(f"{(x := 10) * 2} {x}", (z := 5, z + 1), [w := 3, w ** 2])
print(max(data, key=lambda d: (sq := d * d) % 7), (lambda: (q := 4) + q)())

for src in ["x := 1", "[i := 0 for i in range(3)]", "[j for i in range(3) for j in range((i := 2))]",
            "def f(a := 1): pass", "(a.b := 1)", "class C:\n    [z := 1 for _ in range(1)]",
            "f(x := 1, y=(z := 2))", "lambda: x := 1", "[(k := 1) for k in range(2)]",
            "{(w := 1): 2}", "print((a := 1), b := 2)"]:
    try:
        compile(src, "<walrus>", "exec")
        print("ok    ", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print("error ", src.replace("\n", "\\n"), "->", e.msg)
