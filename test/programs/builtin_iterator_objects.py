# The iterator objects of the builtin types: __iter__/__next__, exhaustion, type names, laziness.
sources = [[1, 2], (3, 4), "ab", "é", b"xy", bytearray(b"z"), range(2), {5: 0, 6: 0}, {7: 8}.values(), {9: 10}.items(),
           {1}, frozenset({2}), reversed([1, 2]), reversed((3, 4)), reversed("cd"), reversed(range(3)), reversed({1: 0, 2: 0}),
           enumerate("q"), zip("a", "b"), map(abs, [-1]), filter(None, [0, 1])]
for src in sources:
    it = iter(src)
    print(type(it).__name__, iter(it) is it, it.__iter__() is it, it.__next__(), list(it), list(it), next(it, "done"))
gen = (x * 2 for x in range(3))
print(type(gen).__name__, gen.__next__(), next(gen), list(gen), next(gen, None))
lst = [1, 2]
it = iter(lst)
lst.append(3)
print(list(it))
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
it = iter(s)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
callable_it = iter(lambda: 1, 1)
print(type(callable_it).__name__, list(callable_it))
class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
si = iter(Seq())
print(type(si).__name__, si.__next__(), next(si), next(si, "end"))
for bad in (iter([]), iter(""), iter(range(0)), iter({})):
    try:
        bad.__next__()
    except StopIteration as e:
        print(type(bad).__name__, type(e).__name__, e.args)
next(iter(()))
