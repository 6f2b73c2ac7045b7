# Generator expressions and comprehensions: scoping, early evaluation of the first iterable, laziness.
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))

def evaluated_early():
    items = [1, 2, 3]
    g = (i * 2 for i in items)
    items = [7, 8, 9]
    return list(g)
print(evaluated_early())

def late_binding_inner():
    items = [1, 2]
    other = [10]
    g = (i + j for i in items for j in other)
    other = [100]
    return list(g)
print(late_binding_inner())

try:
    g = (1 / 0 for _ in range(3))
    print("created lazily")
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    g = (i for i in 5)
except TypeError as e:
    print("eager failure:", type(e).__name__, e)

class C:
    n = 3
    data = [i * i for i in range(n)]
    try:
        bad = [n * i for i in range(n) for _ in range(n)]
    except NameError as e:
        err = str(e)
print(C.data, C.err)

print([i for i in range(3)], "i" in globals())
i = "global i"
print([i for i in "ab"], i)
print({k: v for k, v in zip("abc", range(3))})
print({c.upper() for c in "hello"} == {"H", "E", "L", "O"})
print([(a, b) for a in range(3) for b in range(a)])
print([a for a in range(10) if a % 2 if a % 3])
print([[y for y in range(x)] for x in range(4)])

def genexp_send():
    ge = (v for v in range(3))
    return type(ge).__name__, next(ge), ge.send(None), list(ge)
print(genexp_send())

def closure_in_comp():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]
print(closure_in_comp())

total = sum(v * v for v in range(10))
print(total, max((len(w), w) for w in "the quick brown fox".split()))
print(sorted((v for v in [3, 1, 2]), reverse=True))
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in []))

def stateful():
    seen = []
    def gen():
        for v in range(5):
            seen.append(v)
            yield v
    it = gen()
    first_two = [next(it), next(it)]
    return first_two, seen, list(it), seen
print(stateful())

nested = (y for x in [[1, 2], [3]] for y in x)
print(list(nested), list(nested))

def comp_unbound():
    try:
        return [w for w in range(2) if undefined_in_comp]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(comp_unbound())

class Item:
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(4)]
print([it.n for it in items if it.n % 2 == 0])
print(list(zip(*[(i, i * i) for i in range(3)])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print(next((v for v in [] ), "default"))
ge = (v for v in [1])
print(ge.__name__, ge.__qualname__)
list(a for a in range(3) for b in 7)
