# Mixing set and frozenset (and their subclasses): result types, comparisons, membership of sets.
s, f = {1, 2, 3}, frozenset({2, 3, 4})
for name, r in [("s|f", s | f), ("f|s", f | s), ("s&f", s & f), ("f&s", f & s), ("s-f", s - f), ("f-s", f - s), ("s^f", s ^ f), ("f^s", f ^ s)]:
    print(name, type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__, type(f.intersection([2])).__name__, type(s.difference(f)).__name__)
print(s == f, s == frozenset(s), frozenset(s) == s, s <= f | s, f < s | f, s > {1}, f >= frozenset(), s != f)
print({frozenset({1, 2}), frozenset({2, 1})}, {1, 2} in {frozenset({1, 2})}, s.issubset(f | s), f.isdisjoint({9}))
g = set(f)
g |= s
print(type(g).__name__, sorted(g))
h = f
h |= s
print(type(h).__name__, sorted(h), h is f, sorted(f))
k = {frozenset({1}): "one"}
print(k[frozenset([1])], frozenset({1}) in k, {1} in {frozenset({1}): 0})
fs_of_sets = frozenset(frozenset({i}) for i in range(3))
print(len(fs_of_sets), frozenset({0}) in fs_of_sets, sorted(sorted(x) for x in fs_of_sets))

class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
m, mf = MySet({1, 2}), MyFrozen({2, 5})
print(type(m | s).__name__, type(s | m).__name__, type(mf | s).__name__, type(m.copy()).__name__, type(mf.copy()).__name__)
print(m == {1, 2}, mf == frozenset({2, 5}), sorted(m & mf), type(m & mf).__name__, hash(mf) == hash(frozenset({2, 5})))
print(repr(MySet()), repr(MyFrozen()), repr(m), repr(mf))
s.remove(frozenset() if False else 1)
try:
    s.remove({7})
except KeyError as e:
    print(type(e).__name__, e)
print({1, 2}.discard({1}), sorted(s), set() == frozenset(), set() is not frozenset())
print({{1}: 2})
