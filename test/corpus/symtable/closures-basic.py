# Closures: cells in the defining function, free variables in the nested ones.
def counter(start=0, *, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    def reset(to=start):
        nonlocal count
        count = to

    return bump, peek, reset


def adder(x):
    return lambda y: x + y


def outer():
    a = 1
    b = 2

    def middle():
        c = 3

        def inner():
            return a + c

        return inner

    def unused_b():
        b = 5
        return b

    return middle, unused_b


def param_captured(p, *args, **kwargs):
    def g():
        return p, args, kwargs
    return g


def late_binding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns
