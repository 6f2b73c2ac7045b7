# A realistic async pipeline: producers, transformers and a consumer, run by a tiny scheduler


class Yield:
    def __await__(self):
        yield


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        results = {}
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as stop:
                results[name] = stop.value
                self.log.append(f"{name} finished")
            except Exception as e:
                results[name] = f"{type(e).__name__}: {e}"
                self.log.append(f"{name} failed")
            else:
                self.ready.append((name, coro))
        return results


class Channel:
    def __init__(self):
        self.items = []
        self.closed = False

    async def put(self, item):
        self.items.append(item)
        await Yield()

    def close(self):
        self.closed = True

    def __aiter__(self):
        return self

    async def __anext__(self):
        while not self.items:
            if self.closed:
                raise StopAsyncIteration
            await Yield()
        return self.items.pop(0)


async def produce(ch, words):
    for w in words:
        await ch.put(w)
    ch.close()
    return len(words)


async def numbered(source):
    i = 0
    async for item in source:
        i += 1
        yield i, item


async def consume(ch, out):
    async for n, word in numbered(ch):
        if word == "boom":
            raise ValueError(f"bad word at {n}")
        out.append(f"{n}:{word.upper()}")
    return len(out)


class Timer:
    def __init__(self, log, label):
        self.log, self.label = log, label

    async def __aenter__(self):
        self.log.append(f"start {self.label}")
        await Yield()
        return self

    async def __aexit__(self, *exc):
        self.log.append(f"stop {self.label} exc={exc[0].__name__ if exc[0] else None}")
        return False


async def timed(log, coro, label):
    async with Timer(log, label):
        return await coro


sched = Scheduler()
out, bad_out = [], []
ch1, ch2 = Channel(), Channel()
sched.spawn("producer", produce(ch1, ["alpha", "beta", "gamma"]))
sched.spawn("consumer", timed(sched.log, consume(ch1, out), "consume"))
sched.spawn("producer2", produce(ch2, ["ok", "boom", "never"]))
sched.spawn("consumer2", consume(ch2, bad_out))
results = sched.run()
print(results)
print(out, bad_out)
print("\n".join(sched.log))


async def gather_squares(n):
    return [x * x async for _, x in numbered(range_source(n))]


async def range_source(n):
    for i in range(n):
        await Yield()
        yield i


s2 = Scheduler()
s2.spawn("squares", gather_squares(5))
print(s2.run())
