def use_builtins(xs):
    n = len(xs)
    m = max(xs)
    s = sorted(xs, reverse=True)
    t = abs(-m)
    r = repr(s)
    return n, m, s, t, r, isinstance(n, int), min(3, 1, 2)

print(use_builtins([3, 1, 2]))
print(divmod(17, 5), pow(2, 10), round(2.567, 2))
print(list(zip("ab", range(2))), list(map(str, [1, 2])))
print(chr(65), ord("a"), hex(255), bool([]))
