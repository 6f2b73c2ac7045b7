class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *exc):
        print("close", self.n)

def reader(n):
    with Res(n) as r:
        for i in range(r):
            yield i

print(list(reader(2)))
g = reader(3)
print(next(g))
g.close()
with Res(7) as outer:
    with Res(8) as inner:
        print(outer + inner)
