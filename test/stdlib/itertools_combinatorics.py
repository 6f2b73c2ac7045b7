# product, permutations, combinations, combinations_with_replacement, tee
from itertools import product, permutations, combinations, combinations_with_replacement as cwr, tee
import itertools, copy

print(list(product("ab", range(2))), list(product(range(2), repeat=3))[:5], list(product()), list(product([1], [])))
print(list(product("ab", repeat=0)), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:6], list(permutations([1], 2)), list(permutations([1, 2], None)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations([1], 2)), list(combinations(iterable=[1, 2], r=1)))
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 1)), list(cwr("ab", 3)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in cwr(range(5), 3)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), type(a).__name__, type(a) is itertools._tee)
x, y, z = tee("abc", 3)
print(list(x), next(y), list(z), list(y))
c1 = tee([5, 6])[0]
next(c1)
c2 = c1.__copy__()
c3 = copy.copy(c1)
print(list(c1), list(c2), list(c3), tee([1], 0), len(tee(range(3), 5)))
t1, t2 = tee(iter([1, 2]))
u1, u2 = tee(t1)
print(list(u1), list(u2), list(t2), list(itertools._tee([7, 8])))
for bad in [lambda: product([1], repeat=-1), lambda: product([1], foo=3), lambda: product(1), lambda: product(repeat="a"),
            lambda: permutations(), lambda: permutations([1], -1), lambda: permutations([1], "a"), lambda: combinations([1]),
            lambda: combinations([1], -1), lambda: cwr([1], -1), lambda: cwr([1]), lambda: combinations([1], "a"),
            lambda: combinations([1], None), lambda: tee(), lambda: tee([1], -1), lambda: tee([1], "a"), lambda: tee(1),
            lambda: itertools._tee(), lambda: itertools._tee(1), lambda: tee([1], 2, 3), lambda: permutations([1], 2**64)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
