g = 1

def f():
    global g

    def inner():
        nonlocal g
    return inner
