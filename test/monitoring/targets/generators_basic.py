def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("sent", x)
    return "done"

def deleg():
    r = yield from gen(2)
    print("result", r)
    yield r

for v in gen(3):
    print(v)
g = gen(3)
print(next(g))
print(g.send("hi"))
g.close()
print(list(deleg()))
g2 = gen(5)
next(g2)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)
