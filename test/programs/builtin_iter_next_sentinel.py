# iter(), next(), the two-argument sentinel form and the iterator protocol.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
print(type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter({1: 2}.values())).__name__, type(iter({1: 2}.items())).__name__)
print(type(iter(range(2))).__name__, type(iter({1})).__name__, type(iter(b"")).__name__, type(iter("é")).__name__)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
values = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(values), "")), list(values))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(3)
print(iter(cd) is cd, list(cd), list(cd), next(cd, "empty"))

class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(GetItemOnly()), 4 in GetItemOnly(), list(iter(GetItemOnly())), type(iter(GetItemOnly())).__name__)

class StopEarly:
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return "only"
print(list(StopEarly()))

def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "after"), iter(g) is g)

class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self

errors = [
    lambda: iter(5),
    lambda: iter(None),
    lambda: iter(BadIter()),
    lambda: iter(NoNext()),
    lambda: next([1]),
    lambda: next(5),
    lambda: next(),
    lambda: iter(5, 6),
    lambda: iter(),
    lambda: iter([], 1, 2),
    lambda: next(iter([]), 1, 2),
    lambda: next(iter([])),
    lambda: list(iter(tick, 1)) if False else next(iter(lambda: 7, 7)),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, repr(e))
it2 = iter([])
next(it2)
