def outer():
    x = 1

    def inner():
        y = x
        nonlocal x
    return inner
