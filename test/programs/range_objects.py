# range: construction, indexing, slicing, containment, comparison and errors.
rs = [range(5), range(2, 10), range(10, 2, -2), range(0), range(-5, 5, 3), range(1, 2, 10), range(5, 5), range(0, -10, -3)]
for r in rs:
    print(r, list(r), len(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-3:], r[100:], list(r[::-2]), r[1:-1:3])
print(10 in r, 11 in r, 27 in r, 31 in r, -1 in r, 7.0 in r, 7.5 in r, "7" in r)
print(r.index(15), r.count(15), r.count(16), r.count(15.0), list(reversed(r)), sum(r), max(r), min(r))
print(range(5) == range(0, 5), range(0) == range(2, 1), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2))
print(range(10**20)[10**19], len(range(0, 10**9, 7)), range(10**20, 10**20 + 5)[-1], 10**19 in range(10**20))
print(repr(range(0, 5, 1)), str(range(-1, -5, -1)), type(range(3)).__name__, type(iter(range(3))).__name__)
print([x * x for x in range(0, 20, 5)], list(range(3, -3, -1)), list(zip(range(3), range(10, 13))))
print(list(enumerate(range(3, 6), 1)), dict(zip(range(3), "abc")), tuple(range(2)), set(range(3)) == {0, 1, 2})
print(range(True, 5)[0], range(2, 8)[True], hash(range(3)) == hash(range(0, 3)), range(3).__len__(), range(5).__contains__(4))

class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), range(10)[Idx()], list(range(Idx())))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))

errors = [
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(1.5),
    lambda: range(0, 10, 0),
    lambda: range("3"),
    lambda: range(3)[3],
    lambda: range(3)[-4],
    lambda: range(3)["a"],
    lambda: range(3).index(5),
    lambda: range(3)[::0],
    lambda: range(3) < range(4),
    lambda: range(3) + range(2),
    lambda: len(range(10**20)),
    lambda: range(x=1),
    lambda: range(5).index(),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
range(5)[10]
