def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub caught")
        yield 99
    return "sub done"

def top():
    r = yield from sub()
    print("top got", r)
    yield "end"

g = top()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g2 = top()
next(g2)
try:
    g2.throw(IndexError("i"))
except IndexError as e:
    print("propagated", e)
g3 = top()
next(g3)
g3.close()
print("closed")
