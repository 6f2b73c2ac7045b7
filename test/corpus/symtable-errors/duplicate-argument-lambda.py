fn = lambda x, /, y, *x: x
