LIMIT = 3


def deco(f):
    return f


@deco
def decorated():
    return "d"


def gen():
    for k in range(2):
        yield k


class Holder:
    size = LIMIT * 2


def guarded():
    try:
        raise KeyError("x")
    except KeyError:
        caught = True
    finally:
        done = True
    return caught and done


def loop():
    n = 0
    while n < 5:
        n += 1
    return n


square = lambda v: v * v
log = []
values = list(gen())
print(decorated(), values, Holder.size, guarded(), loop(), square(4))
log.append("end")
