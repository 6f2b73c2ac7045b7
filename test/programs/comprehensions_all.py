# Every comprehension form (PEP 709 inlining in functions, classes and modules) and generator
# expressions, with nested loops, conditions, walrus and shadowed names.
words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 3})
print({len(w) for w in words})
print(sum(len(w) for w in words), max((len(w), w) for w in words))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({(i, j): i * j for i in range(3) for j in range(2)})
x = "outer"
print([x for x in "ab"], x)


def in_function(n):
    squares = {k: k * k for k in range(n)}
    evens = [v for v in squares.values() if v % 2 == 0]
    pairs = {(a, b) for a in range(n) for b in range(a)}
    total = sum(v for v in evens)
    return squares, evens, sorted(pairs), total, [y := 5, y ** 2]


print(in_function(4))


class Table:
    rows = [[c * r for c in range(3)] for r in range(3)]
    index = {str(r): r for r in range(3)}


print(Table.rows, Table.index)
gen = (c.upper() for c in "xyz")
print(next(gen), list(gen))
nested = [[col for col in row if col] for row in Table.rows]
print(nested, [v for row in nested for v in row])
