add = lambda a, b: a + b
neg = lambda x: -x
compose = lambda f, g: lambda x: f(g(x))

print(add(1, 2))
inc_neg = compose(neg, lambda x: x + 1)
print(inc_neg(4))
pairs = [(1, "b"), (0, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(filter(lambda v: v % 2, range(6))))
print((lambda *a, **k: (a, k))(1, z=2))
