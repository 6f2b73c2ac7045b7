# Errors raised inside builtins called from Python code and from callbacks (key=, map, sorted),
# caught with their messages; the last one escapes, so the traceback goes to stderr (exit 1).
def parse_all(items):
    return [int(s) for s in items]


def total(items):
    return sum(parse_all(items))


for items in (["1", "2", "3"], ["4", "x"], ["5", ""]):
    try:
        print(items, total(items))
    except ValueError as e:
        print(items, type(e).__name__, e)

try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("key raised:", e)

try:
    list(map(lambda a, b: a / b, [1, 2, 3], [1, 0, 1]))
except ZeroDivisionError as e:
    print("map raised:", e)

try:
    max([1, 2], key=lambda v: {}[v])
except KeyError as e:
    print("KeyError from key:", e)

try:
    next(filter(lambda v: v.upper(), [1]))
except AttributeError as e:
    print("filter raised:", e)


def ratio(a, b):
    return round(a / int(b), 3)


def report(pairs):
    for a, b in pairs:
        print(f"{a}/{b} = {ratio(a, b):.3f}")


report([(1, 3), (2, "7")])
report([(22, 7), (5, "zero")])
print("not reached")
