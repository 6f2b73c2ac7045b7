def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    x = yield "ready"
    while True:
        x = yield f"got {x}"

e = echo()
print(next(e), e.send(1), e.send("two"))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6))))
print(sum(x * x for x in range(10) if x % 2), sorted({3, 1, 2}), {1, 2} | {3}, {1, 2} & {2})

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

with CM() as c:
    print("inside")
    raise ValueError("boom")
print("after")

def closure():
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    return add

adder = closure()
adder(3)
print(adder(4))

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
