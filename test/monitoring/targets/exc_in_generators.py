def gen_fail():
    yield 1
    raise ValueError("gen broke")

def gen_catch():
    try:
        yield "a"
        yield "b"
    except ZeroDivisionError:
        yield "handled"

for_out = []
try:
    for v in gen_fail():
        for_out.append(v)
except ValueError as e:
    print(for_out, e)
g = gen_catch()
print(next(g))
print(g.throw(ZeroDivisionError()))
try:
    next(g)
except StopIteration:
    print("done")

def bad_next():
    yield 1 / 0

try:
    list(bad_next())
except ZeroDivisionError as e:
    print("zero", e)
