# set methods and operators (ints only, for deterministic iteration order).
s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s), len(s))
s.update([5, 6], (7,), range(8, 10)); print(sorted(s))
s.discard(9); s.discard(100); s.remove(8); print(sorted(s))
print(s.pop() in range(10), len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union(b, [10])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 6])))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}), a <= a, a < a, a >= {1, 2}, a > {1, 2}, {1} < a)
c = set(a); c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {1, 20}; print(sorted(c))
d = set(a); d.intersection_update([1, 2, 99]); print(sorted(d))
d.difference_update({1}); print(d)
d.symmetric_difference_update({2, 3}); print(sorted(d))
print(set(), set("aaa"), set([1, 1, 2]), set(range(3)), {x % 3 for x in range(10)}, set({1: 2}))
print({1, 2} == {2, 1}, {1, 2} != {1}, {1} == frozenset({1}), 1 in {1.0}, {1, 1.0, True})
print(repr(set()), repr({1}), str({None}), type({1}).__name__, len(set()))
cp = a.copy(); cp.clear(); print(cp, a, bool(cp), bool(a))
print(sorted({(1, 2), (0, 1)}), {frozenset({1})}, frozenset() in {frozenset()})
print(a.union(), a.intersection() == a, a.intersection() is a)
print(sorted(set.union({1}, {2})), set.isdisjoint({1}, [2]))
st = {1, 2, 3}
try:
    for x in st:
        st.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

errors = [
    lambda: {1}.remove(2),
    lambda: set().pop(),
    lambda: {[1]},
    lambda: {1}.add([2]),
    lambda: {1} | [2],
    lambda: {1} & "a",
    lambda: {1} < [1],
    lambda: set(1),
    lambda: set([1], [2]),
    lambda: {1}.add(),
    lambda: {1}.issubset(5),
    lambda: {1}.update(3),
    lambda: {1}[0],
    lambda: {{1}},
    lambda: {1}.discard({2}),
    lambda: {1} + {2},
    lambda: {1}.remove([1]),
]
for f in errors:
    try:
        print(repr(f()))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
{1, 2}.remove(3)
