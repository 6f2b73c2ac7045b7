# Comprehensions in class bodies: inlined too, but class names are not visible inside them
# (except the outermost iterable, evaluated in the class scope).
class Table:
    size = 4
    rows = [r for r in range(size)]
    cols = [size for _ in range(3)]           # `size` here is a global lookup
    grid = {(r, c): 0 for r in range(size) for c in range(3)}
    sets = {s for s in rows}

    def method(self):
        return [self for _ in range(2)]


def in_function():
    n = 3

    class C:
        n = 5
        a = [n for _ in range(n)]               # body n: the function's n (free); iterable n: class n
        b = [lambda: n for _ in range(2)]

    return C


class UsesDunderClass:
    def m(self):
        return [__class__ for _ in range(1)]

    comp = [__class__ for _ in range(1)]


class GenexpInClass:
    g = (x for x in range(3))
    h = list(y for y in g)
