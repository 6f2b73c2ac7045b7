# Comprehensions inside comprehensions, genexps inside comprehensions and the other way round.
def matrix(n):
    return [[r * c for c in range(n)] for r in range(n)]


def dict_of_sets(groups):
    return {k: {v for v in vs} for k, vs in groups.items()}


def genexp_of_listcomps(rows):
    return ([x for x in row] for row in rows)


def listcomp_of_genexps(rows):
    return [sum(x for x in row) for row in rows]


def inner_uses_outer_iter_var(rows):
    return [[row[i] for i in range(len(row))] for row in rows]


def triple(a):
    return [[[z for z in y] for y in x] for x in a]


def comp_in_comp_iterable(rows):
    return [y for y in [x for x in rows]]


module_nested = [[m + n for n in range(2)] for m in range(2)]
