# annotations (simple and not), augmented assignment to names/attributes/subscripts
x: int
x: int = 1
(x): int
(x): int = 1
((x)): int = 1
a.b: int
a.b: int = 1
a.b.c: "str" = "s"
a[0]: int
a[0]: int = 1
a[0:1]: list = []
a().b: int = 1
(a.b): int = 1
(a[0]): int
x: list[int] = []
x: dict[str, list[int]] = {}
x: "forward" = None
x: int | None = None
x: Callable[[int, str], bool] = f
x: tuple[int, ...] = ()
x: lambda: 1 = 1
x: (yield_) = 1
x: int = yield_ if False else None
x: tuple = 1, 2
x: list = [*a]
x: int = (y := 1)
x: int = 1 if y else 2
def f():
    x: int = yield
    y: int = yield 1
    z: tuple = yield from w
    a: int = await_
class C:
    x: int
    y: str = "y"
    z: ClassVar[int] = 0
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
a.b += 1
a.b.c -= 1
a[0] *= 2
a[0][1] /= 2
a[1:2] += [3]
a().b |= c
a[b].c[d] ^= e
(a) += 1
(a.b) += 1
x += yield_ if False else 1
x += 1, 2
x += (y := 1)
def g():
    x += yield
    x += yield 1
    x.a += yield from y
    x[0] += await_
    return
