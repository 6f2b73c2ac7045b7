def f():
    return [x for y in [[1]] for x in (z := y)]
