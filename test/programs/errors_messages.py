# CPython's error messages for common mistakes, caught and printed.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1, 2][3])
show(lambda: {"a": 1}["b"])
show(lambda: None.attr)
show(lambda: int("x1"))
show(lambda: float("abc"))
show(lambda: len(5))
show(lambda: [].pop())
show(lambda: undefined_thing)
show(lambda: (1, 2).append(3))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1.0 % 0)
show(lambda: [1, 2, 3].index(7))
show(lambda: "abc".index("z"))
show(lambda: sum(["a", "b"]))
show(lambda: max([]))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: int(None))
show(lambda: "x" * "y")
show(lambda: [1] < "a")
show(lambda: {1: 2} + {3: 4})
show(lambda: print(sep=1))
show(lambda: divmod(1, 0))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: "a".join([1, 2]))
show(lambda: tuple(1))
show(lambda: dict([(1, 2, 3)]))
show(lambda: list.append())
show(lambda: round("x"))
show(lambda: abs("x"))
show(lambda: hash([]))
show(lambda: set([[1]]))
show(lambda: sorted([1, "a"]))
show(lambda: "abc"[1.5])
show(lambda: range(1, 2, 0))
show(lambda: int("10", 1))


def f(a, b, *, c):
    return a + b + c


show(lambda: f(1))
show(lambda: f(1, 2))
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, c=3, d=4))
show(lambda: f(1, 2, c=3, a=1))


class C:
    def m(self):
        return 1


show(lambda: C().m(1))
show(lambda: C.m())
show(lambda: C(1))
