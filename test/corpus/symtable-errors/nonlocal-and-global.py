def outer():
    x = 1

    def inner():
        global x
        nonlocal x
    return inner
