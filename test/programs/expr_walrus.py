# Assignment expressions (:=) in conditions, comprehensions, calls and their scoping rules.
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

values = iter(data)
total = 0
while (v := next(values, None)) is not None:
    total += v
print(total, v)

print([y for x in data if (y := x * 2) > 10])
print(y)

def f(x):
    return x * x
results = [(x, fx) for x in range(6) if (fx := f(x)) % 2 == 0]
print(results, fx)

print((a := 10, b := a + 1))
print(a, b)
print(max(c := 3, 4), c)

def scope_test():
    [z := i for i in range(3)]
    return z
print(scope_test())

def nested_comp():
    out = [[(last := j) for j in range(i)] for i in range(4)]
    return out, last
print(nested_comp())

def gen_walrus():
    g = (w := k for k in "abc")
    r = list(g)
    return r, w
print(gen_walrus())

class K:
    vals = [m := 5]
    print("in class", m)
print(K.vals, K.m)

sample = "the quick brown fox"
if any((word := w).startswith("b") for w in sample.split()):
    print("first b-word:", word)
if all((bad := w) != "dog" for w in sample.split()):
    print("no dog; last checked:", bad)

x = 0
print((x := x + 1) + (x := x * 10), x)
lst = [1, 2, 3]
print(lst[(idx := 1)], idx)
print(f"{(q := 42)}", q)
print((lambda: (r := 7) * 2)())

