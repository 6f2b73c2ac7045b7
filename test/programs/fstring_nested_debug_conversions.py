# f-strings: = debugging with spacing and conversions, !r/!s/!a, nested quotes (PEP 701),
# nested format specs, multi-line expressions, escapes, and the errors they raise
name, score, items = "Zoë", 91.256, ["a", "b"]
print(f"{name=}", f"{score = }", f"{score=:.1f}", f"{name=!s}", f"{name=!a}", f"{items=}", f"{ 1 + 2 = }")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{name!r:>10}", f"{'é'!a:*<8}")
print(f"{'nested "quotes" work'}", f"{f'{f"{1 + 1}"}'}", f"{"\n".join(items)!r}", f"{items[0]!r}{items[-1]}")
width, prec = 12, 3
print(f"[{score:{width}.{prec}f}]", f"[{score:{'>' if width > 10 else '<'}{width}}]", f"[{name:{'*'}^{width - 2}}]")
print(f"{{literal}} {{{name}}}", f"{'{'}{name}{'}'}", f"{3:{''}}", f"{len(items):03d}")
d = {"key": "value", "n": 5}
print(f"{d['key']}", f"{d["n"] * 2}", f"{d!r:.10}", f"{ {'a': 1}['a'] }", f"{(lambda x: x * 2)(4)}")
print(f"{
    score
    * 2
    :.2f}", f"{'multi' +
    'line'}")
x = 10
print(f"{x if x > 5 else -x}", f"{(y := x * 3)} {y}", f"{x:#x} {x:#o} {x:#b} {x:,}", f"{-x:+05d}", f"{x!r:^6}|")
print(f"{3.0:g}", f"{1e-7:g}", f"{1234.5:.2e}", f"{0.5:.0%}", f"{2**64:_d}", f"{'tab':\t>6}", f"a\tb{'c'}\\n")
import math
print(f"{math.pi:.{prec}f}", f"{math.pi:{width}.{prec + 2}}", f"{math.inf}", f"{-math.nan}", f"{complex(1, -2)}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "two")
print(f"{p}", f"{p!r}", f"{p=}", f"{p.x=}", f"{p!s:>12}", f"{[p, p]}", f"{str(p)!r}")
for bad in ["f'{x:d}'.format()", "f'{\"s\":d}'", "f'{1:10.2q}'", "f'{None:>5}'", "f'{[1]:x}'", "f'{x!r:%}'"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for src in ["f'{}'", "f'{x!z}'", "f'{x'", "f'{x:{y:{z}}}'", "f'}'", "f'{!r}'"]:
    try:
        compile(src, "<fstring>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# an aligned table with computed widths
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
w = max(len(r[0]) for r in rows)
for n, price, qty in rows:
    print(f"{n:<{w}} | {price:>6.2f} | {qty:>3} | {price * qty:>7.2f}")
print(f"{'total':<{w}} | {'':>6} | {sum(r[2] for r in rows):>3} | {sum(r[1] * r[2] for r in rows):>7.2f}")
