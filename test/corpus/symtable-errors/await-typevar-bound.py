async def f[T: (await g())](): pass
