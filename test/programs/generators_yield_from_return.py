# yield from: delegation of values, send/throw/close forwarding, return values, and nested delegation.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("  outer got result", r)
    z = yield "outer-1"
    return f"outer done {z}"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("final", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))

def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("  catcher handled", e)
            return "caught-return"

def delegator():
    res = yield from catcher()
    print("  delegator got", res)
    yield "after"

d = delegator()
next(d)
print(d.throw(KeyError("k1")))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally")
co = closing_outer()
print(next(co))
co.close()
print("closed both")

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield f"level {n}"
    return r + n
def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return out, e.value
print(collect(deep(4)))

class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def from_iter():
    r = yield from Iter()
    return r
print(collect(from_iter()))

def sends_to_plain_iter():
    yield from iter([1, 2, 3])
s = sends_to_plain_iter()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

def yf_non_iterable():
    yield from 5
try:
    next(yf_non_iterable())
except TypeError as e:
    print(type(e).__name__, e)

def unhandled_throw_inner():
    yield 1
def unhandled_throw_outer():
    try:
        yield from unhandled_throw_inner()
    except ZeroDivisionError as e:
        yield f"outer caught {e!r}"
u = unhandled_throw_outer()
next(u)
print(u.throw(ZeroDivisionError("zd")))

def gen_return_in_gen():
    return (yield from [])
print(collect(gen_return_in_gen()))

def stop_value_tuple():
    yield
    return (1, 2)
sv = stop_value_tuple()
next(sv)
try:
    next(sv)
except StopIteration as e:
    print("tuple value", e.value, e.args)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

def exhausted():
    yield from ()
    return "nothing yielded"
print(collect(exhausted()))

def bad_inner():
    yield 1
    raise ValueError("from inner")
def bad_outer():
    yield from bad_inner()
b = bad_outer()
next(b)
next(b)
