# iter (with a sentinel), next, enumerate, zip and map (with strict=), filter, reversed: their results,
# their types and their errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter(["z", "y"])


class NotRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


show("list(iter([1, 2]))", lambda: list(iter([1, 2])))
show("list(Seq())", lambda: list(Seq()))
show("list(Countdown(3))", lambda: list(Countdown(3)))
show("iter(5)", lambda: iter(5))
show("iter()", lambda: iter())
show("iter(1, 2, 3)", lambda: iter(1, 2, 3))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = iter(range(len(data)))
show("iter(callable, 9)", lambda: list(iter(lambda: data[next(pos)], 9)))
show("iter(5, 0)", lambda: iter(5, 0))
show("type(iter(int, 1)).__name__", lambda: type(iter(int, 1)).__name__)
it = iter([1])
show("next(it)", lambda: next(it))
show("next(it, 'dflt')", lambda: next(it, "dflt"))
show("next(it)", lambda: next(it))
show("next([])", lambda: next([]))
show("next(Countdown(0))", lambda: next(Countdown(0)))
show("next(Countdown(0), 7)", lambda: next(Countdown(0), 7))
show("next()", lambda: next())
show("iter([5]).__next__()", lambda: iter([5]).__next__())

show("list(enumerate('abc'))", lambda: list(enumerate("abc")))
show("list(enumerate('abc', 10))", lambda: list(enumerate("abc", 10)))
show("list(enumerate('ab', start=-1))", lambda: list(enumerate("ab", start=-1)))
show("list(enumerate(iterable='ab'))", lambda: list(enumerate(iterable="ab")))
show("list(enumerate('ab', 2**64))", lambda: list(enumerate("ab", 2**64)))
show("enumerate('ab', 1.5)", lambda: enumerate("ab", 1.5))
show("enumerate(5)", lambda: enumerate(5))
show("enumerate()", lambda: enumerate())
show("enumerate('a', foo=1)", lambda: enumerate("a", foo=1))
show("enumerate('a', 1, 2)", lambda: enumerate("a", 1, 2))
e = enumerate("xy")
show("iter(e) is e", lambda: iter(e) is e)
show("e.__next__()", lambda: e.__next__())
show("type(e).__name__", lambda: type(e).__name__)
show("isinstance(e, enumerate)", lambda: isinstance(e, enumerate))

show("list(zip('abc', [1, 2, 3]))", lambda: list(zip("abc", [1, 2, 3])))
show("list(zip('abc', [1]))", lambda: list(zip("abc", [1])))
show("list(zip())", lambda: list(zip()))
show("list(zip([1, 2]))", lambda: list(zip([1, 2])))
show("list(zip('ab', 'cd', strict=True))", lambda: list(zip("ab", "cd", strict=True)))
show("list(zip('abc', 'd', strict=True))", lambda: list(zip("abc", "d", strict=True)))
show("list(zip('a', 'de', strict=True))", lambda: list(zip("a", "de", strict=True)))
show("list(zip('ab', 'cd', 'e', strict=True))", lambda: list(zip("ab", "cd", "e", strict=True)))
show("list(zip('a', 'b', 'cd', strict=True))", lambda: list(zip("a", "b", "cd", strict=True)))
show("zip(1)", lambda: zip(1))
show("zip('a', foo=1)", lambda: zip("a", foo=1))
z = zip("ab", "cd", strict=True)
show("next(z)", lambda: next(z))
show("type(z).__name__", lambda: type(z).__name__)

show("list(map(abs, [-1, 2, -3]))", lambda: list(map(abs, [-1, 2, -3])))
show("list(map(pow, [2, 3], [5, 2]))", lambda: list(map(pow, [2, 3], [5, 2])))
show("list(map(pow, [2, 3, 4], [5]))", lambda: list(map(pow, [2, 3, 4], [5])))
show("list(map(pow, [2], [5, 6], strict=True))", lambda: list(map(pow, [2], [5, 6], strict=True)))
show("list(map(pow, [2, 3], [5], strict=True))", lambda: list(map(pow, [2, 3], [5], strict=True)))
show("list(map(str, 'ab', strict=True))", lambda: list(map(str, "ab", strict=True)))
show("map(abs)", lambda: map(abs))
show("map()", lambda: map())
show("map(abs, [1], foo=2)", lambda: map(abs, [1], foo=2))
show("list(map(5, [1]))", lambda: list(map(5, [1])))
show("list(map(lambda a, b: a + b, 'ab', 'cd'))", lambda: list(map(lambda a, b: a + b, "ab", "cd")))

show("list(filter(None, [0, 1, '', 'x', [], [0]]))", lambda: list(filter(None, [0, 1, "", "x", [], [0]])))
show("list(filter(bool, [0, 2]))", lambda: list(filter(bool, [0, 2])))
show("list(filter(lambda v: v % 2, range(7)))", lambda: list(filter(lambda v: v % 2, range(7))))
show("filter(None)", lambda: filter(None))
show("filter(None, 5)", lambda: filter(None, 5))
show("filter(None, [], x=1)", lambda: filter(None, [], x=1))

show("list(reversed([1, 2, 3]))", lambda: list(reversed([1, 2, 3])))
show("list(reversed((1, 2, 3)))", lambda: list(reversed((1, 2, 3))))
show("list(reversed('abc'))", lambda: list(reversed("abc")))
show("list(reversed(range(1, 10, 3)))", lambda: list(reversed(range(1, 10, 3))))
show("list(reversed({'a': 1, 'b': 2}))", lambda: list(reversed({"a": 1, "b": 2})))
show("list(reversed(Seq()))", lambda: list(reversed(Seq())))
show("list(reversed(Rev()))", lambda: list(reversed(Rev())))
show("reversed(NotRev())", lambda: reversed(NotRev()))
show("reversed({1, 2})", lambda: reversed({1, 2}))
show("reversed(5)", lambda: reversed(5))
show("reversed()", lambda: reversed())
show("reversed([], [])", lambda: reversed([], []))
show("reversed(seq=[])", lambda: reversed(seq=[]))
for obj in [[1], (1,), "a", range(2), {}]:
    show(f"type(reversed({obj!r})).__name__", lambda: type(reversed(obj)).__name__)
lst = [1, 2, 3]
r = reversed(lst)
show("next(r)", lambda: next(r))
lst.clear()
show("list(r) after clear", lambda: list(r))
for obj in [[], (), "", range(0), {}, set()]:
    show(f"type(iter({obj!r})).__name__", lambda: type(iter(obj)).__name__)
