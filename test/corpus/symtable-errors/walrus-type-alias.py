type A = [(x := 1) for y in range(2)]
