def f(src):
    return [x async for x in src]
