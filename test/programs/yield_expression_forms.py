# yield as an expression: in assignments, arguments, conditionals, with send(); yield from values


def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def forms():
    x = yield 1
    print("  x =", x)
    y = (yield 2) + 10
    print("  y =", y)
    z = [(yield 3), (yield 4)]
    print("  z =", z)
    print("  arg:", str((yield 5)))
    w = (yield 6) if x else (yield -6)
    print("  w =", w)
    a, b = yield 7
    print("  a, b =", a, b)
    yield


def starred():
    yield 1, 2
    yield (*range(3),)
    yield [*"ab", *"cd"]
    result = yield from inner()
    yield f"inner returned {result}"


def inner():
    yield "inner 1"
    yield "inner 2"
    return "inner result"


e = echo()
print(next(e), e.send("hello"), e.send(42))
try:
    e.send("stop")
except StopIteration as s:
    print("echo:", s.value)
acc = accumulate()
next(acc)
for v in [5, 10, 20]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as s:
    print("accumulate returned", s.value)
g = forms()
values = [next(g)]
for sent in ["first", 20, "za", "zb", 99, "w", (1, 2)]:
    values.append(g.send(sent))
print(values)
print(list(starred()))
lam = lambda: (yield 1)
print(list(lam()), type(lam()).__name__)
gen_exp = ((yield_value := v * 2) for v in range(3))
print(list(gen_exp))


def returns_early(flag):
    if flag:
        return "early"
    yield "never when flag"


r = returns_early(True)
try:
    next(r)
except StopIteration as s:
    print("StopIteration value:", s.value)
print(list(returns_early(False)))
