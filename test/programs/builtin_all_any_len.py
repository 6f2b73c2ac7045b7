# all, any, len: short-circuiting, the len protocol and its errors.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, [1]]), all("abc"), any(""), all(iter([True])))
print(all(x > 0 for x in [1, 2, -1, 3]), any(x > 2 for x in range(5)), all([[]]), any([[]]), all((0.0,)), any({0: 1}))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [1, 1, 0, 1]), seen)
print(len("héllo"), len(b"ab"), len([1, [2, 3]]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(3, 10, 2)), len(""), len("😀"))
print(len(frozenset("abc")), len({}.keys()), len({"a": 1}.items()), len(bytearray(3)), len(" " * 1000))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(5)), len(Sized(True)), bool(Sized(0)), bool(Sized(2)))

class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 7
        return I()
print(len(IndexLen()))

class Trick:
    def __bool__(self):
        raise RuntimeError("bool called")
try:
    any([Trick()])
except RuntimeError as e:
    print(type(e).__name__, e)
print(any([1, Trick()]), all([0, Trick()]))

errors = [
    lambda: len(5),
    lambda: len(None),
    lambda: len(iter([])),
    lambda: len(x for x in []),
    lambda: len(Sized(-1)),
    lambda: len(Sized(1.5)),
    lambda: len(Sized(2**100)),
    lambda: len(Sized("3")),
    lambda: len(),
    lambda: len([], []),
    lambda: all(5),
    lambda: any(),
    lambda: all([], []),
    lambda: any(None),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
len(Sized(-5))
