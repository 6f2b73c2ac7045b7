# Frames that outlive their call (frame objects, tracebacks, f_back chains, generators) keep
# showing their own code, line and locals after the same functions have been called again.
import sys

def capture(tag):
    local_value = tag * 2
    return sys._getframe()

def caller(tag):
    inner = capture(tag)
    return inner, sys._getframe()

kept = [caller(i) for i in range(3)]
for i in range(50):
    caller(100 + i)  # calls that may reuse frames
for inner, outer in kept:
    print(inner.f_code.co_name, inner.f_locals["local_value"], inner.f_lineno,
          inner.f_back.f_code.co_name, outer.f_locals["tag"], outer.f_back.f_code.co_name)

def fails(n):
    marker = n + 1000
    raise ValueError(n)

caught = []
for n in range(3):
    try:
        fails(n)
    except ValueError as e:
        caught.append(e)
for n in range(20):
    try:
        fails(-n)
    except ValueError:
        pass
for e in caught:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(e, tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["marker"], tb.tb_lineno)

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2

def make():
    return gen()

g = make()
print(g.gi_frame.f_back)
print(next(g))
print(g.gi_frame.f_back)
for x in g:
    pass
print(g.gi_frame)

def recurse(n, seen):
    seen.append(sys._getframe())
    if n:
        recurse(n - 1, seen)
    return seen

frames = recurse(4, [])
recurse(6, [])
print([f.f_locals["n"] for f in frames], [f.f_back.f_code.co_name for f in frames])
