class C:
    à = [(ü := x) for x in range(3)]
