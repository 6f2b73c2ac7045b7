# zip(strict=True) and its errors, map with several iterables, enumerate start, filter None,
# reversed protocol, and how these lazy iterators consume their inputs
print(list(zip("abc", range(3), [True, False, None])), list(zip()), list(zip([1, 2])))
print(list(zip("ab", range(5))), list(zip(range(5), "ab")))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
try:
    zip(1, [])
except TypeError as e:
    print("TypeError", e)
try:
    zip([], strict=True, extra=1)
except TypeError as e:
    print("TypeError", e)

# zip stops early: the second iterator is not advanced past the shortest
it = iter(range(10))
pairs = list(zip("abc", it))
print(pairs, next(it))
it2 = iter(range(10))
print(list(zip(it2, "ab")), next(it2))

print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(map(str.upper, "abc")), list(map(int, ["1", " 2 ", "-3"])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(1, [1]))
except TypeError as e:
    print("TypeError", e)

print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)), list(enumerate("x", 10**20)))
for call in [lambda: enumerate("a", 1.5), lambda: enumerate(5), lambda: enumerate("a", start="0")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

print(list(filter(None, [0, 1, "", "a", None, [], [0], False])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 3 == 0, range(10))))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i
class Backwards:
    def __reversed__(self):
        return iter("zyx")
print(list(Countdown(3)), list(reversed(Countdown(3))), list(reversed(Backwards())), list(reversed((1, 2))))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)

# transposing a matrix and pairing neighbours
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix, strict=True)])
seq = [3, 8, 2, 9]
print([b - a for a, b in zip(seq, seq[1:])], list(zip(seq[::2], seq[1::2])))
names = ["ann", "bob"]
for i, (n, score) in enumerate(zip(names, [91, 78]), start=1):
    print(f"{i}. {n.title():<5}{score:>4}")
