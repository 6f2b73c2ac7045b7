# tuples: construction, methods, operators, hashing-free checks, packing/unpacking.
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t[-100:2])
print((1,) + (2,), (1, 2) * 2, 0 * (1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () == (), (1,) != (1.0,))
print(3 in t, 7 not in t, (1, 2) in [(1, 2)], tuple(x * 2 for x in t))
a, b, *rest = t; print(a, b, rest)
*init, last = t; print(init, last)
(x, y), z = (1, 2), 3; print(x, y, z)
single = 5,; print(single, type(single).__name__, len(single))
nested = ((1, 2), [3, 4], "five")
nested[1].append(5); print(nested)
print(hash((1, 2)) == hash((1, 2)), (1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__contains__(2))
print(tuple(t) is t, t[:] is t, repr((1,)), repr(((),)), str(("a", 'b"')), repr((None, ...)))
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()], (1, 2) in d)
r = tuple(reversed(t)); print(r, r.index(3))
print(divmod(7, 2), tuple(enumerate("ab")), tuple(zip((1, 2), "xy")))
t2 = (1, [2])
try:
    t2[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)

errors = [
    lambda: t.index(9),
    lambda: t[5],
    lambda: t["a"],
    lambda: (1,) + [2],
    lambda: (1,) * "2",
    lambda: t.count(),
    lambda: t.index(1, "a"),
    lambda: hash((1, [2])),
    lambda: tuple(1, 2),
    lambda: tuple(5),
    lambda: (1, 2) < (1, "a"),
    lambda: t.__setitem__(0, 1),
    lambda: t.append(1),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
def f():
    a, b = (1, 2, 3)
f()
