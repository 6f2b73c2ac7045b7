# enumerate and reversed, with the sequence protocol and errors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
print(list(enumerate(range(3), 10**20)), dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])
e = enumerate(["a", "b"])
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "end"))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
print(list(reversed(range(1, 10, 3))), "".join(reversed("hello")), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed({})).__name__)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100

print(list(reversed(Seq())), list(Seq()), list(enumerate(Seq())))

class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(CustomRev())))

class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
next(rv2)
lst2.clear()
print(list(rv2))
en = enumerate(iter([10, 20, 30]), 5)
for i, v in en:
    if i == 6:
        break
print(list(en))

errors = [
    lambda: enumerate(),
    lambda: enumerate(5),
    lambda: enumerate([], "1"),
    lambda: enumerate([], 1, 2),
    lambda: enumerate(iterable=[], begin=1),
    lambda: reversed(),
    lambda: reversed(5),
    lambda: reversed({1, 2}),
    lambda: reversed(iter([1])),
    lambda: reversed([], []),
    lambda: reversed(RevNone()),
    lambda: next(reversed([])),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, StopIteration) as ex:
        print(type(ex).__name__, ex)
for x in reversed(x for x in "ab"):
    print(x)
