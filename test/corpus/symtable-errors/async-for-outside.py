def f(src):
    async for x in src:
        print(x)
