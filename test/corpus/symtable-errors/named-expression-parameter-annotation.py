def f(x: (y := int)): pass
