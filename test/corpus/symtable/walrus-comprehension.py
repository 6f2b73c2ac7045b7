# Assignment expressions in comprehensions bind in the enclosing function or module.
def first_match(items, pred):
    if any((found := it) for it in items if pred(it)):
        return found
    return None


def running_totals(values):
    total = 0
    return [total := total + v for v in values], total


def nested_walrus(rows):
    return [[(last := c) for c in row] for row in rows], last


def walrus_in_lambda_in_comprehension(xs):
    return [(lambda: (y := x))() for x in xs]


def walrus_in_inner_function():
    def inner(data):
        return [(seen := d) for d in data], seen
    return inner


module_scope = [(mval := k) for k in range(3)]
print(mval)
gen_at_module = list((gval := k) for k in range(2))


def walrus_outside_comprehension(x):
    if (n := len(x)) > 2:
        return n
    while (chunk := x[:1]):
        x = x[1:]
    return chunk
