# Generator expressions: their own (generator) scope, never inlined.
def total(xs):
    return sum(x * x for x in xs)


def nested_genexp(rows):
    return list(list(c for c in r) for r in rows)


def genexp_with_outer(rows, factor):
    return (r * factor for r in rows if r > factor)


def genexp_in_listcomp(m):
    return [sum(v for v in row) for row in m]


def listcomp_in_genexp(m):
    return ([v for v in row] for row in m)


def genexp_capture():
    k = 2
    g = (lambda: k * i for i in range(3))
    return g


gen_module = (n for n in range(10))
