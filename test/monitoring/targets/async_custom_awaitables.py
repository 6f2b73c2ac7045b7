class Tick:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return self.n * 100

async def worker(name, n):
    total = 0
    for k in range(2):
        total += await Tick(n)
    return name, total

async def gather():
    a = await worker("a", 1)
    b = await worker("b", 2)
    return [a, b]

coro = gather()
try:
    while True:
        print(coro.send(None))
except StopIteration as e:
    print("result", e.value)
