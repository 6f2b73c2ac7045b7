# print(): sep, end, file (any object with write), flush, and the errors; output to a file-like
# object interleaves with stdout in order.
class Collector:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushed += 1


class Loud:
    def __str__(self):
        return "LOUD"


class Broken:
    def __str__(self):
        raise ValueError("cannot print me")


print()
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", "c", sep="")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": 1}, Loud())
print(*range(5), sep=", ")
print(*"xyz")
c = Collector()
print("to", "collector", file=c)
print("flushed", file=c, flush=True)
print("not flushed", file=c, flush=False)
print(c.parts, c.flushed)
print("stdout", file=None)
print("flush to stdout", flush=True)
for kwargs in [{"sep": 1}, {"end": 2}, {"sep": b"x"}, {"bogus": 1}, {"file": 5}, {"file": object()}]:
    try:
        print("x", "y", **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("before", Broken(), "after")
except ValueError as e:
    print("\n", type(e).__name__, e)
c2 = Collector()
try:
    print("start", Broken(), file=c2)
except ValueError as e:
    print(c2.parts, e)
