class C:
    global attr
    attr: int
