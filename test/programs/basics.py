# Arithmetic, strings, containers, functions, classes and exceptions: the first thin slice.
print("hello", 1 + 2, 7 // 2, 7 / 2, 2 ** 100, -7 // 2, -7 % 3, 7.5 % 2)
print(10 / 4, 1e16, 1e-5, 0.1 + 0.2, 3 * 1.5, 2 ** -1, True + 1, 1 << 70)


def area(w, h=2, *rest, scale=1, **opts):
    return w * h * scale, rest, opts


print(area(3), area(3, 4, 5, scale=2, unit="m"))
squares = [i * i for i in range(10) if i % 3]
print(squares, len(squares), sum(squares), max(squares), min(squares))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d.get("z", 0), list(d.keys()), sorted(d.items(), key=lambda kv: -kv[1]))
print(f"{3.14159:.2f}|{42:>6}|{'x':*^5}|{255:#x}|{1234567:,}", "a,b,,c".split(","))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), p != Point(0, 0), [Point(0, i) for i in range(2)])
total = 0
for i in range(100):
    if i % 7 == 0:
        continue
    if i > 50:
        break
    total += i
print("total", total)
n = 10
while n > 0:
    n -= 3
print("n", n)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
finally:
    print("finally runs")
a, *b, c = range(6)
print(a, b, c)
print(isinstance(True, int), type(1.0).__name__, repr("it's"), str(None), bool([]), 3 in [1, 2, 3])
