def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return n * 10

def outer():
    a = yield from inner(2)
    b = yield from inner(1)
    return a + b

def wrap():
    r = yield from outer()
    yield "result %d" % r

print(list(wrap()))
g = outer()
print(next(g))
print(g.send("x"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(list((yield from [1, 2]) for _ in range(1)))
