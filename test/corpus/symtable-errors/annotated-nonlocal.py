def outer():
    y = 1

    def inner():
        nonlocal y
        y: int = 2
    return inner
