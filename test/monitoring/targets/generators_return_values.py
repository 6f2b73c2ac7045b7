def gen_ret():
    yield 1
    return "value"

def gen_empty():
    return 5
    yield

def gen_tuple():
    yield 0
    return (1, 2)

for g in (gen_ret(), gen_empty(), gen_tuple()):
    try:
        while True:
            print("got", next(g))
    except StopIteration as e:
        print("stop", e.value)

def user():
    x = yield from gen_tuple()
    y = yield from gen_empty()
    return x, y

u = user()
print(next(u))
try:
    next(u)
except StopIteration as e:
    print("user", e.value)
