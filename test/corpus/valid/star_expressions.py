# star expressions: subscripts, return/yield tuples, for targets, assignments, displays, calls
a[*b]
a[*b, c]
a[c, *b]
a[*b, *c]
a[*b,]
a[1:2, *b]
a[*b] = 1
del a[*b]
a, *b = c
*a, b = c
a, *b, c = d
*a, = b
[*a] = b
[a, *b] = c
(*a,) = b
(a, *b), c = d
[a, [*b, c]] = d
a, *b = *c, d
x = *a, *b
x = *a,
x = [*a, *b, c]
x = {*a, *b, c}
x = (*a, *b, c)
x = *a, b
x = [*a]
x = {*a}
x = {**a, 'b': 1, **c}
x = {**a}
x = {**{}, **{}}
def f():
    return *a, *b
    return 1, *a
    return *a,
    yield *a, *b
    yield 1, *a
    x = yield *a,
for *a, b in c: pass
for a, *b in c: pass
for [*a] in b: pass
for (*a,) in b: pass
for x in *a, *b: pass
for x in *a,: pass
f(*a)
f(*a, *b)
f(*a, b)
f(a, *b, c, *d)
f(*a, k=1)
f(k=1, *a)
f(**k)
f(*a, **k)
f(**k, **j)
f(a, *b, c=1, **d)
f(*a, c=1, *b, **d)
f(**k, c=1)
f(*[1, 2], *(3,), *{4}, *"s")
f(*a or b)
f(*a if b else c)
f(**a or b)
f(*(yield_ for yield_ in x))
print(*a, sep='')
print(*a, sep='', end="\n", file=f, flush=True)
x = [*range(3), *"abc"]
x = [i for i in (*a, *b)]
x[*a]
x = a[*b][*c]
x: tuple[*Ts]
x: tuple[int, *Ts]
x: tuple[*Ts, int]
def g(*args: *Ts) -> tuple[*Ts]: pass
