def f(ctx):
    async with ctx:
        pass
