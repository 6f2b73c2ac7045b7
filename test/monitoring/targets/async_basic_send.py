class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def add(a, b):
    x = await Ready(a)
    return x + b

async def main():
    s = await add(1, 2)
    t = await Suspend()
    return s, t

def run(coro):
    value = None
    while True:
        try:
            step = coro.send(value)
        except StopIteration as e:
            return e.value
        print("step", step)
        value = 10

print(run(main()))
