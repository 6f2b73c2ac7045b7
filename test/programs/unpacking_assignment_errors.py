# Unpacking in assignments, loops and calls, with the error messages of each failure


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (ValueError, TypeError) as e:
        print(label, "!!", type(e).__name__ + ":", e)


a, b = 1, 2
a, b = b, a
(c, d), e = [3, 4], 5
first, *middle, last = range(6)
*init, tail = "hello"
head, *rest = [1]
print(a, b, c, d, e, first, middle, last, init, tail, head, rest)
x = y = z = []
x.append(1)
print(y, z, x is z)
[p, q] = "pq"
m, = [7]
print(p, q, m)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for (n, *others) in [(1, 2, 3), (4,)]:
    print(n, others)
data = {"x": 1}
data["y"], data["z"] = 2, 3
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
lst = [0, 0, 0]
lst[0], lst[2] = 9, 8
print(data, obj.a, obj.b, lst)
i = 0
i, lst[i] = 1, 5
print(i, lst)


def two():
    a, b = [1, 2, 3]


def three():
    a, b, c = (1, 2)


def starred_short():
    a, b, *c = [1]


def not_iterable():
    a, b = 5


def one_from_many():
    (a,) = "ab"


def none_unpack():
    a, b = None


def dict_unpack():
    a, b = {"k": 1, "j": 2, "i": 3}


def generator_unpack():
    a, b = (x for x in range(5))


def string_unpack():
    a, b = "abc"


for fn in [two, three, starred_short, not_iterable, one_from_many, none_unpack, dict_unpack, generator_unpack,
           string_unpack]:
    show(fn.__name__, fn)
show("call star", lambda: print(*None))
show("call starstar", lambda: dict(**None))
show("set unpack", lambda: [*{3, 1, 2}] and sorted({*range(3), *[5]}))
show("dict merge", lambda: {**{"a": 1}, **{"a": 2, "b": 3}})
show("dict star bad", lambda: {**[1]})
show("list star bad", lambda: [*5])
show("tuple star", lambda: (*range(2), *"xy", 9))
show("nested", lambda: [(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
