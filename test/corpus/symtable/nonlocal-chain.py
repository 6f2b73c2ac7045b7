# nonlocal through several levels, skipping levels that do not bind the name.
def level1():
    x = 1
    y = 2

    def level2():
        def level3():
            def level4():
                nonlocal x
                x += 1
                return y
            return level4
        return level3

    def rebinder():
        nonlocal y
        y = 10

        def sees_new_y():
            nonlocal y
            y += 1
            return y

        return sees_new_y

    return level2, rebinder


def shadow():
    v = "outer"

    def mid():
        v = "mid"

        def inner():
            nonlocal v
            v = "inner"
            return v

        return inner

    return mid, v


def nonlocal_multiple():
    a = b = c = 0

    def f():
        nonlocal a, b, c
        a, b, c = 1, 2, 3

    return f
