def f(x):
    return x + 1

def g(x):
    return x > 1

data = [f(x) for x in range(3) if g(f(x))]
print(data)
pairs = {str(k): f(k) for k in map(f, range(2))}
print(pairs)
print(sorted({len(str(f(n))) for n in (9, 99)}))
gen = list(f(y) for y in [f(z) for z in range(2)])
print(gen)
