class Guard:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else "-")
        return et is KeyError

def gen():
    with Guard("g"):
        x = yield 1
        if x == "ret":
            return "early"
        yield 2
    yield 3

g = gen()
next(g)
try:
    g.send("ret")
except StopIteration as s:
    print("returned", s.value)
g = gen()
next(g)
print(g.throw(KeyError("suppressed")))
g.close()  # explicit: tspy does not finalize dropped generators (DEVIATIONS.md)
g = gen()
next(g)
try:
    g.throw(IndexError("escapes"))
except IndexError as e:
    print("escaped", e)
print(list(gen()))
