def absval(x):
    return x if x >= 0 else -x

def describe(n):
    kind = "even" if n % 2 == 0 else "odd"
    size = ("big"
            if n > 100
            else "small")
    return kind + " " + size

def pick(a, b):
    return (a if a is not None else b) if b is not None else "none"

print(absval(-4), absval(5))
print(describe(3), describe(200))
print(pick(None, 2), pick(1, 2), pick(1, None))
vals = [absval(v) if v else "zero" for v in (0, -1, 2)]
print(vals)
