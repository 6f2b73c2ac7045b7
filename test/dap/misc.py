import sys

counter = 0


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def outer():
    def inner(x):
        return x + 1
    squares = [v * v for v in range(3)]
    return inner(squares[-1])


class Box:
    def __init__(self):
        self.items = [1, 2]
        self.meta = {"k": 1}


def use_box():
    b = Box()
    total = sum(b.items)
    return total


def quiet():
    x = 1
    y = x + 1
    return y


print(fact(4), outer(), use_box(), quiet(), sys.argv[1:])
