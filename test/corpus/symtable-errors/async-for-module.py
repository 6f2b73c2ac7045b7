async for item in source:
    pass
