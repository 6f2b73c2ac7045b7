class C:
    data = [(last := x) for x in range(3)]
