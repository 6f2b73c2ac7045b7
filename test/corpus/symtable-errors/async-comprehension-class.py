class C:
    items = [x async for x in source]
