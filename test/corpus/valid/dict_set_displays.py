# dict and set displays with unpacking, trailing commas, nesting
x = {}
x = {1: 2}
x = {1: 2, 3: 4,}
x = {**a}
x = {**a, **b}
x = {1: 2, **a, 3: 4, **b}
x = {**a, 1: 2,}
x = {(1, 2): [3], "k": {"n": {}}}
x = {1}
x = {1,}
x = {1, 2, *a}
x = {*a, *b}
x = {*a,}
x = {(1, 2), frozenset()}
x = {lambda: 1: lambda: 2}
x = {a if b else c: d if e else f}
x = {(y := 1): (z := 2)}
x = {a: b for a, b in c}
x = {**{1: 2}, **dict(a=1)}
x = {
    "a": 1,
    **b,
    # comment
    "c": [
        1,
    ],
}
x = {f"{k}": v for k, v in d.items()}
x = {1: {2: {3: {4: {5: {}}}}}}
x = {not a: -b}
x = {a.b: c[d]}
x = {**(a or b)}
x = {*(a or b)}
x = {'a': 1}['a']
x = {1, 2}.union({3})
x = {...: ...}
x = {None: None, True: False}
x = {b"k": b"v", 1j: 2.0}
