# lambda parameters of every form
l0 = lambda: 0
l1 = lambda a: a
l2 = lambda a, b=1: a
l3 = lambda a, /: a
l4 = lambda a, /, b: a
l5 = lambda a=1, /, b=2: a
l6 = lambda a, b=1, /, c=2, *, d, e=3, **k: a
l7 = lambda *, a: a
l8 = lambda *, a=1, b: a
l9 = lambda *args: args
l10 = lambda **kw: kw
l11 = lambda *args, **kw: 0
l12 = lambda a, /, *args, b, **kw: 0
l13 = lambda a, b,: 0
l14 = lambda a, /,: 0
l15 = lambda *, a,: 0
l16 = lambda *a,: 0
l17 = lambda **k,: 0
l18 = lambda a=lambda b=lambda: 0: b: a
l19 = lambda: (yield)
l20 = lambda: lambda: lambda: 0
l21 = lambda x: x if x else lambda y: y
l22 = lambda x=(1, 2), y=[3], z={4: 5}: 0
l23 = (lambda: 0)()
l24 = lambda *a, b=lambda *c: c: 0
l25 = [lambda: i for i in range(3)]
l26 = {k: lambda: k for k in "ab"}
l27 = lambda: (x := 1)
l28 = lambda a, *, b: 0
l29 = sorted(x, key=lambda v: -v)
l30 = lambda: [*a]
l31 = lambda: {**a}
l32 = lambda:...
l33 = lambda x:x
l34 = lambda *_, **__: _
l35 = lambda: (yield from x)
l36 = lambda: await_
