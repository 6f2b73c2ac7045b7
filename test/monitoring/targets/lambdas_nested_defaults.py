def make(base):
    return lambda x, y=base * 2: (lambda z: x + y + z)

f = make(1)
print(f(1)(1), f(1, 0)(0))
ops = {
    "add": lambda a, b: a + b,
    "neg": lambda a, b=None: -a,
}
for name in sorted(ops):
    print(name, ops[name](3, 4))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
cond = lambda v: "big" if v > 10 else ("small" if v > 0 else "none")
print(cond(20), cond(5), cond(-1))
