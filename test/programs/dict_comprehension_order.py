# Insertion order of dicts through comprehensions, updates, deletions and re-insertions.
squares = {n: n * n for n in range(10) if n % 3}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
pairs = {(i, j): i * j for i in range(3) for j in range(i)}
print(pairs)
words = "the quick brown fox jumps over the lazy dog the end".split()
first_pos = {}
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
print(first_pos)
last_pos = {w: i for i, w in enumerate(words)}
print(last_pos)
d = dict.fromkeys("abcde", 0)
del d["b"]; d["b"] = 1; d["a"] = 2
print(d, list(d))
d.pop("c"); d["c"] = 3; d.update(e=5, f=6)
print(d)
for k in list(d):
    if k in "ae":
        del d[k]
print(d)
d.update({"a": 1}); print(d)
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}, "x": 5}
print(merged)
print({k: v for k, v in zip("abc", range(3))}, {k: None for k in []})
big = {i: str(i) for i in range(50)}
for i in range(0, 50, 2):
    del big[i]
big[0] = "zero"
print(list(big)[:6], list(big)[-3:], len(big))
nested = {outer: {inner: outer + inner for inner in "xy"} for outer in "ab"}
print(nested)
keys_seen = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        keys_seen.append((self.n, other.n))
        return self.n == other.n
    def __repr__(self):
        return f"L{self.n}"
coll = {Loud(i): i for i in range(6)}
print(coll, len(keys_seen) >= 0)
print(Loud(4) in coll, Loud(7) in coll)
print(list({1: "a", True: "b", 1.0: "c"}.items()))
x = 10
print({x: y for y in range(3)}, [x for x in range(3)], x)
try:
    print({k: 1 / (k - 2) for k in range(5)})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print({[]: 1 for _ in range(1)})
