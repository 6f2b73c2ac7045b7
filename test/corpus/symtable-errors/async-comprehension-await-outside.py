def f(coros):
    return {c: await c for c in coros}
