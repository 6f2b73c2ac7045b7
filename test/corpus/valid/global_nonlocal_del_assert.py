# global / nonlocal, del of tuples/lists/attributes/subscripts, assert with message
x = 1
def f():
    global x
    global a, b, c
    x = 2
    def g():
        nonlocal_ = 1
    y = 1
    def h():
        nonlocal y
        y = 2
        def i():
            nonlocal y
            global z, w
    return y
class C:
    global q
    q = 1
del x
del a, b
del a, b,
del (a, b)
del (a), b
del [a, b]
del [a, [b, c]], (d, (e,))
del a.b
del a.b.c
del a[0]
del a[0:1]
del a[::2]
del a[0, 1]
del a[0][1]
del a().b
del a.b[0].c
del (a.b), [c[0]]
del ((a))
del []
del ()
del (a,)
del [a,]
del x, (y, [z, w.a])
assert x
assert x, "message"
assert x, f"message {x}"
assert (x, y)
assert x == 1, (x, y)
assert not x, "m" "n"
assert x if y else z, lambda: 0
assert isinstance(x, int), \
    "continued message"
assert (x :=1), x
