class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.n * 10 + 5)
        self.n -= 1
        return "wait %d" % self.n

async def job():
    a = await Countdown(2)
    b = await Countdown(0)
    return a + b

c = job()
try:
    while True:
        print(c.send(None))
except StopIteration as s:
    print("job result", s.value)
