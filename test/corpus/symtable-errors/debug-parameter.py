def f(x, *, __debug__): pass
