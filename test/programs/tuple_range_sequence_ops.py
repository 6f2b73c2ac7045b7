# tuple and range as immutable sequences: count/index, slicing, comparisons, hashing, repetition,
# concatenation errors, range attributes and index arithmetic
t = (1, "two", 3.0, (4, 5), None, 1)
print(t.count(1), t.count(1.0), t.index(None), t.index(1, 1), t[1:4], t[::-2], t[-1], len(t))
for call in [lambda: t.index(99), lambda: t[10], lambda: t.index(1, 1, 4)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for call in [lambda: t + [1], lambda: t * "2", lambda: t.__setitem__(0, 1), lambda: hash(([],)),
             lambda: (1, 2) < (1, "a"), lambda: t["0"]]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print((1, 2) + (3,), (0,) * 3, () * 10, (1,) * -1, (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1.0, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(tuple()))
print(tuple("abc"), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)), repr((1,)), repr(()))

r = range(3, 30, 4)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], r.start, r.stop, r.step)
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 11.0 in r, "x" in r)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) != range(3))
print(list(range(10, 0, -3)), list(range(-5)), range(-3, 3)[-1], len(range(0, 10**20, 7)), range(10**20)[-1])
print(reversed(range(5)).__next__(), list(reversed(range(1, 10, 4))), hash(range(3)) == hash(range(0, 3)))
for call in [lambda: r.index(12), lambda: r[100], lambda: range(1, 2, 0), lambda: range(1.5),
             lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("3")]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

# range arithmetic used for pagination
def pages(total, per_page):
    for start in range(0, total, per_page):
        yield range(start, min(start + per_page, total))
for p in pages(23, 7):
    print(p, p.start + 1, p.stop, len(p))

# tuples as records: sorting by multiple fields, unpacking and comparisons
people = [("ana", 31, "lisbon"), ("bo", 25, "oslo"), ("cy", 31, "athens"), ("di", 25, "berlin")]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[2])):
    print(f"{name:<4}{age:>3} {city}")
oldest = max(people, key=lambda p: p[1])
youngest = min(people, key=lambda p: (p[1], p[0]))
print(oldest, youngest, sorted(people)[0], tuple(sorted({p[1] for p in people})))
