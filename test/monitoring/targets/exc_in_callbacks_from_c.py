def check(v):
    if v > 2:
        raise OverflowError("too big: %d" % v)
    return v * 10

def run(xs):
    try:
        return list(map(check, xs))
    except OverflowError as e:
        return "stopped: " + str(e)

print(run([1, 2]))
print(run([1, 5, 2]))
try:
    sorted([3, 1], key=lambda v: v.missing)
except AttributeError as e:
    print("key failed")
try:
    print(max([1, 2], key=check), max([5], key=check))
except OverflowError as e:
    print("max:", e)
