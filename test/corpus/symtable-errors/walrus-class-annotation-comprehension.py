class C:
    y: [(w := 1) for _ in range(1)]
