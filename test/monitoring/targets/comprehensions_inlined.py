def flat(rows):
    return [x for row in rows for x in row]

def inverted(d):
    return {v: k for k, v in d.items()}

def lengths(words):
    return sorted({len(w) for w in words})

def shadow():
    x = "outer"
    ys = [x for x in range(3)]
    return x, ys

print(flat([[1, 2], [3], []]))
print(inverted({"a": 1, "b": 2}))
print(lengths(["aa", "b", "cc", "ddd"]))
print(shadow())
print([[j for j in range(i)] for i in range(3)])
