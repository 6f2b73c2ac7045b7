def g(x):
    return 1 / x

def f(n):
    return g(n - 1)

print("start")
f(1)
