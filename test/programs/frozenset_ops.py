# frozenset: immutability, hashing as keys, mixing with set.
f = frozenset([3, 1, 2])
g = frozenset(range(2, 6))
print(sorted(f), len(f), 2 in f, 9 in f, sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type(f | {1}).__name__, type({1} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= g, f.issubset(range(10)), f.issuperset([1]), f.isdisjoint(g))
print(frozenset(), frozenset([]) == frozenset(), repr(frozenset({1})), repr(frozenset()), str(frozenset([0])))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()], frozenset({1, 2}) in d, {1, 2} in d if False else "skip")
nested = frozenset([frozenset([1]), frozenset([2])])
print(sorted(sorted(x) for x in nested), frozenset([1]) in nested)
s = {frozenset([1, 2]), frozenset([2, 1])}
print(len(s))
print(sorted(f.union([7])), sorted(f.intersection([1, 2, 9])), sorted(f.difference([1])), sorted(f.symmetric_difference([1, 4])))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset("aab") == frozenset("ab"), frozenset(f) is f, type(frozenset(f)).__name__)
print({1, 2} in {frozenset({1, 2})})
for attr in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(attr, hasattr(f, attr), hasattr(set(), attr))

class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x).__name__, sorted(x), x == frozenset([1, 2]), type(x | {3}).__name__)

errors = [
    lambda: f.add(4),
    lambda: frozenset([[1]]),
    lambda: frozenset(1),
    lambda: f[0],
    lambda: frozenset(1, 2),
    lambda: f < 3,
    lambda: f | 3,
]
for fn in errors:
    try:
        print(repr(fn()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
fz = frozenset({1})
fz |= {2}
print(sorted(fz), type(fz).__name__)
frozenset([[1], [2]])
