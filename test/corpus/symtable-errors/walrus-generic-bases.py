class C[T]([(x := 1) for y in range(2)]): pass
