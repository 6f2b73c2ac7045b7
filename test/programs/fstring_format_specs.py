# f-string formatting: conversions, format specs, nested specs, the = specifier, escapes

value = 3.14159265
n = 42
name = "tspy"
items = [1, "two", 3.0]
width, precision = 12, 3

print(f"{value}|{value:.2f}|{value:10.4f}|{value:<10.1f}|{value:^10.3e}|{value:+.0f}")
print(f"{n:d}|{n:5d}|{n:05d}|{n:x}|{n:#x}|{n:#o}|{n:#b}|{n:,}|{n * 1000000:_}|{n:c}")
print(f"{name!r}|{name!s}|{name!a}|{'é'!a}|{name:>8}|{name:*^10}|{name:.2}")
print(f"{value:{width}.{precision}f}|{value:{'<'}{width}}|{n:{'#'}{'x'}}")
print(f"{n=}|{n = }|{value=:.2f}|{name=!r:>8}|{items=}")
print(f"{items[1]}|{items[-1]:.1%}|{len(items):03}|{items!r:>20}")
print(f"{{literal braces}}|{'{'}|{'}'}|{n}{{}}")
print(f"{'nested ' + f'{n:>4}'}|{f'{value:.{precision}}'}")
print(f"{True:d}|{False!s}|{None!r}|{3+4j}|{(3+4j):.1f}")
print(f"{-0.0}|{float('inf'):>6}|{float('nan'):+}|{1e100:.3g}|{123456789:e}")
print(f"{n:>{width}}|{n:<{width}d}|")
print(f"{'multi' 'part'}|{n:{'>'}{5}}")
d = {"key": "value", 1: "one"}
print(f"{d['key']}|{d[1]}|{d!r}")
print(f"{'a' if n > 40 else 'b'}|{(lambda x: x * 2)(n)}|{[i for i in range(3)]}")
print(f"{name.upper()}|{name[::-1]}|{name!r:}")
x = 10
print(f"{x:{x}}|{x:0{x}}|{x:#0{x}x}")
print(f"{'tab':\t^9}|" if False else f"{'a':-^9}|")


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:,.2f}"
        return format(self.amount, spec)

    def __repr__(self):
        return f"Money({self.amount!r})"

    def __str__(self):
        return f"{self.amount} money"


m = Money(1234.5)
print(f"{m:usd}|{m:.1f}|{m}|{m!r}|{m!s}|{m=}")
for bad in ["{n:q}", "{name:d}", "{value:,d}", "{n:.2s}", "{m:xyz}"]:
    try:
        print(eval("f" + repr(bad)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
