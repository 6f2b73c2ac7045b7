class Val:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield self.v
        return self.v + 1

async def leaf(v):
    return await Val(v)

async def mid(v):
    a = await leaf(v)
    b = await leaf(a)
    return a + b

async def root():
    results = []
    for v in (1, 10):
        results.append(await mid(v))
    return results

c = root()
out = []
try:
    while True:
        out.append(c.send(None))
except StopIteration as e:
    print(out, e.value)
