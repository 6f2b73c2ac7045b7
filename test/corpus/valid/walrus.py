# assignment expressions in every legal position
if (n := len(a)) > 10: pass
while (line := f.readline()): pass
while chunk := f.read(): pass
if x := 1: pass
if any((y := v) > 0 for v in a): pass
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
[y for x in data if (y := f(x))]
{(k := 1): (v := 2)}
{k: (v := 2) for k in a if (z := k)}
{(s := x) for x in a}
(g := x for x in a)
print(x := 1)
print(x := 1, y := 2)
print(k=(x := 1))
f(*(a := [1]), **(b := {}))
a[(i := 0)]
a[(i := 0):(j := 1)]
a[(i := 0), (j := 1)]
a[i := 0]
a[i := 0, j := 1]
f"{(x := 1)}"
f"{(x:=1)!r:>10}"
(x := 1)
(x := (y := (z := 1)))
x = (y := 1)
x = y if (z := y) else 0
assert (x := 1), (y := 2)
return_ = lambda: (x := 1)
def f(a=(b := 1)): return (c := 2)
with (x := open(f)) as g: pass
with (x := y): pass
for i in (x := [1, 2]): pass
del a[(i := 0)]
[x for x in (y := [1, 2])]
[[(w := x) for x in row] for row in m]
x = [(a := 1), (b := 2)]
x = (a := 1), (b := 2)
foo(x := 3, cat='vector')
foo(cat=(category := 'vector'))
elem = [v for v in range(5) if (w := v)]
y0 = (y1 := f(x))
@(d := decorator)
def g(): pass
class C((B := object)): pass
{**(d := {})}
[*(s := [1])]
x[(a := 0)] = 1
not (x := 1)
-(x := 1)
(x := 1) + (y := 2)
(x := 1) if (y := 2) else (z := 3)
lambda: (x := 1)
match (x := 1):
    case _ if (y := x): pass
