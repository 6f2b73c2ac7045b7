def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]

c = counter()
c()
c(5)
print(c())
print(outer(1)(2)(3))
print([f(10) for f in make_adders(3)])
