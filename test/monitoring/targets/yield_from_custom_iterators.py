class Echo:
    """An iterator with send/throw/close, delegated to by yield from."""
    def __init__(self, n):
        self.n = n
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(v)
        if self.n == 0:
            raise StopIteration("echo done")
        self.n -= 1
        return "echo %d" % self.n
    def throw(self, exc):
        self.log.append("thrown")
        if isinstance(exc, KeyError):
            return "recovered"
        raise exc
    def close(self):
        self.log.append("closed")

def deleg(it):
    r = yield from it
    print("delegate returned", r)
    return r

e = Echo(2)
g = deleg(e)
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
try:
    g.send("last")
except StopIteration as s:
    print("stop", s.value)
print(e.log)

e2 = Echo(3)
g2 = deleg(e2)
next(g2)
g2.close()
print(e2.log)
e3 = Echo(3)
g3 = deleg(e3)
next(g3)
try:
    g3.throw(ValueError("v"))
except ValueError as err:
    print("propagated", err, e3.log)
