class Gate:
    def __await__(self):
        try:
            v = yield "gate"
        except KeyError:
            v = "gate caught"
        return v

async def inner():
    r = await Gate()
    return "inner:" + r

async def outer():
    try:
        return await inner()
    except ValueError as e:
        return "outer caught " + str(e)

c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as s:
    print(s.value)
c2 = outer()
c2.send(None)
try:
    c2.throw(ValueError("v"))
except StopIteration as s:
    print(s.value)
c3 = outer()
c3.send(None)
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("closed:", e)
