def grid(n):
    return [[(r, c) for c in range(n) if (r + c) % 2 == 0] for r in range(n)]

def labels(xs):
    return ["even" if x % 2 == 0 else "odd" for x in xs if x is not None]

def index(words):
    return {w[0]: [x for x in words if x[0] == w[0]] for w in words}

def flat_filter(rows):
    return {v for row in rows if row for v in row if v > 1}

print(grid(3))
print(labels([1, None, 2]))
print(index(["ab", "ac", "b"]))
print(flat_filter([[1, 2], [], [3, 1]]))
