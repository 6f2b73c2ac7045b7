# Cells created by inlined comprehensions (DEF_COMP_CELL) and their interaction with outer locals.
def iteration_var_is_cell():
    return [lambda: i for i in range(3)]


def outer_local_same_name():
    i = "outer"
    fs = [lambda: i for i in range(3)]
    return i, fs


def outer_cell_same_name():
    j = "outer"

    def g():
        return j

    fs = [lambda: j for j in range(3)]
    return g, fs


def inner_function_in_comprehension():
    return [(lambda v: lambda: v)(k) for k in range(2)]


def comprehension_free_var():
    captured = 1
    return [(lambda: captured) for _ in range(2)]


def walrus_cell():
    [(w := n) for n in range(2)]
    return lambda: w


class InClass:
    fs = [lambda: c for c in range(3)]
