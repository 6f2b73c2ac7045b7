# Typical small-program idioms.
from math import sqrt, pi
import sys


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(sqrt(limit)) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, is_p in enumerate(sieve) if is_p]


print(primes(50))


def fib_memo():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib


fib = fib_memo()
print([fib(i) for i in range(15)], fib(90))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack().push(1).push(2).push(3)
print(s, len(s), s.pop(), s)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


print([balanced(t) for t in ["()", "([]{})", "(]", "((", ""]])
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
data = [("alice", 31, 72.5), ("bob", 25, 80.1), ("carol", 35, 65.0)]
for name, age, weight in sorted(data, key=lambda r: r[1]):
    print(f"{name:<6} {age:>3} {weight:6.1f}")
print(f"circle area r=2: {pi * 2 ** 2:.4f}", sys.getrecursionlimit(), 7 % -3, -7 // 2, 2 ** 0.5)
text = "one two three two one two"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
best = max(counts, key=counts.get)
print(counts, best, sorted(counts, key=lambda w: (-counts[w], w)))
nested = {"a": [1, 2, {"b": (3, 4)}], "c": None}
print(nested, nested["a"][2]["b"][1], str(nested).count(":"))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x"])), [*range(3), *"ab"])
x = 5
result = "big" if x > 3 else "small"
print(result, x if x else -1, [i ** 2 for i in range(5) if i % 2 == 0], {i % 3 for i in range(10)})
