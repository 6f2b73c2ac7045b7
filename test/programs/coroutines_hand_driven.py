import sys


class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield f"tick {i}"
        return self.n * 10


async def worker(name, n):
    got = await Sleep(n)
    return f"{name}:{got}"


async def main():
    a = await worker("a", 2)
    b = await worker("b", 1)
    return [a, b]


def run(coro):
    """A hand-driven event loop: send None until the coroutine finishes."""
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return steps, e.value


print(run(main()))
c = main()
print(type(c).__name__)
c.close()
