# map, filter, zip: laziness, multiple iterables, strict zip and errors.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(str.upper, "abc")), list(map(len, ["a", "bb", ""])), list(map(int, "123")), list(map(None.__class__, [])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))), list(filter(bool, ())))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5), [None, True])), dict(zip("abc", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(3), strict=False)))

calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x > 1, iter([0, 1, 2, 3]))
print(next(f), list(f), list(f))

def gen(n, tag):
    for i in range(n):
        yield f"{tag}{i}"
    print(f"gen {tag} exhausted")
print(list(zip(gen(2, "a"), gen(3, "b"))))
print(list(zip(gen(3, "c"), gen(2, "d"))))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
z = zip([1, 2], "ab")
print(iter(z) is z, next(z), list(z), list(z))

for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)

errors = [
    lambda: map(abs),
    lambda: map(),
    lambda: list(map(abs, 5)),
    lambda: list(map(abs, ["x"])),
    lambda: filter(None),
    lambda: filter(None, 5),
    lambda: filter(None, [], []),
    lambda: list(filter(5, [1])),
    lambda: zip(5),
    lambda: zip([1], 2),
    lambda: zip(bad=1),
    lambda: list(map(lambda x, y: x, [1])),
    lambda: next(map(abs, [])),
    lambda: map(abs, [1], key=None),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
print(list(map(int, ["1", "2", "x"])))
