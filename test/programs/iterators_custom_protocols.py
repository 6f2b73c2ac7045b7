# Iteration protocols: __iter__/__next__, the __getitem__ fallback, iter(callable, sentinel), zip strict


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class Reversible:
    def __init__(self, data):
        self.data = data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]


class TreeNode:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


print(list(Countdown(3)), list(Squares()), 9 in Squares(), 10 in Squares())
print(list(reversed(Reversible("abc"))), sorted(Reversible([3, 1, 2])), list(enumerate(Squares(), 1)))
tree = TreeNode(1, TreeNode(2, TreeNode(4)), TreeNode(3))
print(list(tree), sum(tree), max(tree), [v for v in tree if v % 2])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"), next(it, None))
calls = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(calls), 0)))
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(chunks.__next__, "")))
print(list(zip("abc", range(3), [True] * 3)), list(zip()), list(zip("ab", "xyz")))
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", "x", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None, []])), list(map(str.upper, "ab")))
a, *rest = Countdown(4)
print(a, rest)
first, second = Squares()[1], Squares()[2]
print(first, second, *Countdown(2), *"xy")
e = enumerate("xyz", start=10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for bad in [5, None, Countdown]:
    try:
        iter(bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    iter(5, 0)
except TypeError as err:
    print("TypeError:", err)
try:
    next([1])
except TypeError as err:
    print("TypeError:", err)
try:
    reversed(Countdown(1))
except TypeError as err:
    print("TypeError:", err)


class BadIter:
    def __iter__(self):
        return 42


try:
    for _ in BadIter():
        pass
except TypeError as err:
    print("TypeError:", err)
gen = (x for x in range(3))
print(iter(gen) is gen, list(gen), list(gen))
