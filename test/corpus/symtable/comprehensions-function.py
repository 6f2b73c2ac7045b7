# PEP 709: list/set/dict comprehensions are inlined into the enclosing function.
def squares(n):
    return [i * i for i in range(n)]


def with_filters(data, limit):
    evens = [x for x in data if x % 2 == 0 if x < limit]
    pairs = {k: v for k, v in zip(data, data[1:])}
    unique = {y for row in data for y in row}
    return evens, pairs, unique


def shadowing_iteration_var():
    x = "outer"
    lst = [x for x in range(3)]
    return x, lst


def lambdas_in_comprehension():
    # Each lambda closes over the comprehension's iteration variable: a cell (DEF_COMP_CELL).
    return [lambda: i for i in range(3)]


def comprehension_uses_outer_cell():
    total = 0

    def add(v):
        nonlocal total
        total += v

    [add(j) for j in range(4)]
    return [lambda: total for _ in range(2)]


def outer_local_captured_in_comprehension_lambda():
    base = 10
    return [lambda k=k: base + k for k in range(2)]


def nested_inlined():
    return [[c for c in row] for row in ["ab", "cd"]]


def comprehension_in_nested_function():
    items = [1, 2, 3]

    def inner():
        return {i: items for i in items}

    return inner
