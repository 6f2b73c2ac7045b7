async def f() -> (await g()): pass
