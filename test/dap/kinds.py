class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)


def gen():
    yield 1


def values():
    i = 42
    f = 2.5
    s = "text"
    b = b"bytes"
    t = (1, "two")
    l = [1, [2, 3]]
    d = {"k": "v"}
    st = {7}
    n = None
    p = Point(1, -2)
    g = gen()
    e = ValueError("bad")
    return i


def counting():
    hit = -1
    for i in range(10):
        hit = i
    return hit


def numbers():
    yield 1
    yield 2


def consume():
    total = 0
    for n in numbers():
        total += n
    return total


def risky(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = -1
    return y


values()
counting()
consume()
risky(0)
