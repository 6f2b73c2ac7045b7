# Tracebacks through generators, generator expressions, comprehensions and lambdas


def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)


def pipeline(limit):
    squares = (n * n for n in numbers(limit))
    return [s + 1 for s in squares]


print(pipeline(2))
try:
    pipeline(5)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)

transform = lambda x: x.upper()
print(list(map(transform, ["a", "b"])))
print(sorted([3, 1, 2], key=lambda v: -v))
results = list(map(transform, ["ok", 5]))
