def f(a, b=2, *, c=3):
    return a + b + c

def g(*args, **kwargs):
    return len(args), sorted(kwargs)

def h(x, y):
    return x - y

print(f(1))
print(f(1, b=5))
print(f(1, c=10, b=0))
print(g(1, 2, k=3))
args = (10, 4)
print(h(*args))
kw = {"y": 1, "x": 5}
print(h(**kw))
print(g(*[1, 2], *(3,), **{"a": 1}, b=2))
print(sorted([3, 1, 2], key=lambda v: -v))
print(dict(a=1, b=2))
print(h(*(9,), **{"y": 3}))
