# list/set/dict comprehensions and generator expressions with multiple for/if
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for y in z]
[(x, y) for x in a if x for y in b if y if x != y]
{x for x in y if x for z in x}
{k: v for k, v in d.items() if k if v for _ in range(2)}
{k: v for (k, v) in d}
{(k, v): k for k in a for v in b}
(x for x in y for z in x if z)
[[y for y in x] for x in z]
[x for x in [y for y in z]]
[x for x, in y]
[x for x, *y in z]
[x for (x) in y]
[x for [x, y] in z]
[x for x.attr in y]
[x for x[0] in y]
[x for x in (1, 2)]
[x for x in y if (yield_)]
[x
 for x in y
 if x
]
[x async for x in y] if False else None
[i for i in range(3) if i if i if i]
{i: j for i in a for j in b for k in c}
[(yield_) for x in y]
[x for x in y if x is not None and x.z or w]
[x if x else y for x in z]
[x for x in (y if z else w)]
[lambda: x for x in y]
{x: (y for y in x) for x in z}
(x for x in (y for y in z))
[x for x in y][0]
