class C:
    value = await compute()
