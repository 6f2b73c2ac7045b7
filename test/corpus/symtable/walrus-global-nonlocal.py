# A walrus target in a comprehension respects the function's global/nonlocal declarations.
hits = None


def with_global(data):
    global hits
    [(hits := d) for d in data]


def with_nonlocal():
    last = None

    def inner(data):
        nonlocal last
        return [(last := d) for d in data]

    return inner


def enclosing_cell():
    z = 0

    def g():
        return z

    [(z := q) for q in range(3)]
    return g
