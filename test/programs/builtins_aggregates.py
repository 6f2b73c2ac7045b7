# min, max, sum, sorted, all, any, len: keys, defaults, float summation, and the error messages.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v})"

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v


words = ["pear", "fig", "banana", "kiwi", "apple"]
show("max(words)", lambda: max(words))
show("min(words)", lambda: min(words))
show("max(words, key=len)", lambda: max(words, key=len))
show("min(words, key=len)", lambda: min(words, key=len))
show("max(3, 1, 2)", lambda: max(3, 1, 2))
show("min(3, 1, 2, key=lambda v: -v)", lambda: min(3, 1, 2, key=lambda v: -v))
show("max([1, 3, 3.0])", lambda: max([1, 3, 3.0]))
show("max([3.0, 3])", lambda: max([3.0, 3]))
show("min([Box(2), Box(1), Box(1)])", lambda: min([Box(2), Box(1), Box(1)]))
show("max([Box(2), Box(5), Box(5)])", lambda: max([Box(2), Box(5), Box(5)]))
show("max([], default=None)", lambda: max([], default=None))
show("min((), default='empty')", lambda: min((), default="empty"))
show("max([])", lambda: max([]))
show("min(iter([]))", lambda: min(iter([])))
show("max(5)", lambda: max(5))
show("max()", lambda: max())
show("max(1, 2, default=0)", lambda: max(1, 2, default=0))
show("max([1], bogus=1)", lambda: max([1], bogus=1))
show("max(1, 'a')", lambda: max(1, "a"))
show("min([2, 'a'])", lambda: min([2, "a"]))
show("max([1, 2], key=5)", lambda: max([1, 2], key=5))
show("max(key=len)", lambda: max(key=len))
show("max('b', 'a', key=None)", lambda: max("b", "a", key=None))

show("sum([1, 2, 3])", lambda: sum([1, 2, 3]))
show("sum(range(101))", lambda: sum(range(101)))
show("sum([0.1] * 10)", lambda: sum([0.1] * 10))
show("sum([1e100, 1.0, -1e100, 1.0])", lambda: sum([1e100, 1.0, -1e100, 1.0]))
show("sum([1, 0.1, 0.2, 0.3])", lambda: sum([1, 0.1, 0.2, 0.3]))
show("sum([0.1, 0.2], 0.3)", lambda: sum([0.1, 0.2], 0.3))
show("sum([0.5, 2**80, 0.5])", lambda: sum([0.5, 2**80, 0.5]))
show("sum([2**62, 2**62, 2**62, -1])", lambda: sum([2**62, 2**62, 2**62, -1]))
show("sum([True, True, 2])", lambda: sum([True, True, 2]))
show("sum([-0.0])", lambda: sum([-0.0]))
show("sum([-0.0], -0.0)", lambda: sum([-0.0], -0.0))
show("sum([1e308, 1e308, -1e308])", lambda: sum([1e308, 1e308, -1e308]))
show("sum([float('inf'), float('-inf')])", lambda: sum([float("inf"), float("-inf")]))
show("sum([[1], [2, 3]], [])", lambda: sum([[1], [2, 3]], []))
show("sum([(1,), (2,)], ())", lambda: sum([(1,), (2,)], ()))
show("sum([1, 2], start=10)", lambda: sum([1, 2], start=10))
show("sum(['a', 'b'], '')", lambda: sum(["a", "b"], ""))
show("sum(['a', 'b'])", lambda: sum(["a", "b"]))
show("sum([1, 'a'])", lambda: sum([1, "a"]))
show("sum([1.5, 'a'])", lambda: sum([1.5, "a"]))
show("sum(5)", lambda: sum(5))
show("sum()", lambda: sum())
show("sum([1], 2, 3)", lambda: sum([1], 2, 3))
show("sum(iterable=[1])", lambda: sum(iterable=[1]))
show("sum([1], bogus=2)", lambda: sum([1], bogus=2))

show("sorted([3, 1, 2])", lambda: sorted([3, 1, 2]))
show("sorted('banana')", lambda: sorted("banana"))
show("sorted(words, key=len)", lambda: sorted(words, key=len))
show("sorted(words, key=len, reverse=True)", lambda: sorted(words, key=len, reverse=True))
show("sorted({3: 'c', 1: 'a'})", lambda: sorted({3: "c", 1: "a"}))
show("sorted([Box(2), Box(1)])", lambda: sorted([Box(2), Box(1)]))
show("sorted([(1, 'b'), (1, 'a'), (0, 'z')])", lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
show("sorted([1, 'a'])", lambda: sorted([1, "a"]))
show("sorted(5)", lambda: sorted(5))
show("sorted()", lambda: sorted())
show("sorted([1], [2])", lambda: sorted([1], [2]))
show("sorted([1], bogus=1)", lambda: sorted([1], bogus=1))
show("sorted([2, 1], reverse=2)", lambda: sorted([2, 1], reverse=2))
show("sorted([2, 1], reverse='yes')", lambda: sorted([2, 1], reverse="yes"))
show("sorted([2, 1], key=3)", lambda: sorted([2, 1], key=3))

show("all([])", lambda: all([]))
show("all([1, 'x', [0]])", lambda: all([1, "x", [0]]))
show("all([1, 0, 1])", lambda: all([1, 0, 1]))
show("any([])", lambda: any([]))
show("any(x > 3 for x in range(5))", lambda: any(x > 3 for x in range(5)))
show("all(5)", lambda: all(5))
show("any()", lambda: any())
show("all([], [])", lambda: all([], []))

show("len('héllo')", lambda: len("héllo"))
show("len([1, 2])", lambda: len([1, 2]))
show("len({})", lambda: len({}))
show("len(range(0, 100, 7))", lambda: len(range(0, 100, 7)))
show("len(5)", lambda: len(5))
show("len()", lambda: len())
show("len([], [])", lambda: len([], []))
