# with statements: parenthesized context managers vs tuples
with a: pass
with a as b: pass
with a as b, c as d: pass
with a, b: pass
with (a): pass
with (a, b): pass
with (a, b) as c: pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a as b, c): pass
with (a, b as c): pass
with (a,): pass
with (a, b,): pass
with (a) as b: pass
with (a)(): pass
with (a).b as c: pass
with (a), (b): pass
with (a) as b, (c) as d: pass
with (yield_) as x: pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with a as (b): pass
with a as (b,): pass
with (
    open("a") as f,
    open("b") as g,
):
    pass
with (
    a,
    b,
): pass
with (a if b else c) as d: pass
with a if b else c: pass
with (a := b): pass
with (a := b) as c: pass
with ((a, b)): pass
with ((a, b)) as c: pass
with (a, b), c: pass
with (a for b in c): pass
with [a, b] as c: pass
with f(a, b) as c, g() as d, h(): pass
with a as b:
    with c as d:
        pass
with (lambda: a)() as b: pass
with not_ as b: pass
