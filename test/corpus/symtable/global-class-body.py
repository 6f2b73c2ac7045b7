# Globals declared in class bodies, seen by annotation and type-param scopes of that class.
class C:
    global G
    G = int
    x: G

    def m[T: G](self, t: T) -> G:
        pass

    type Alias = G


def in_function():
    G = str

    class D:
        global G
        y: G

        def m(self) -> G:
            return G

    return D


def nonlocal_in_class():
    N = 1

    class E:
        nonlocal N
        N = 2
        z: N

        def m(self) -> N:
            pass

    return E
