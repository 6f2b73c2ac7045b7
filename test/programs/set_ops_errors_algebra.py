# set and frozenset: method forms accept any iterables, operator forms need sets; errors;
# comparison operators are subset tests; mutation methods with several arguments
s = {1, 2, 3, 4}
f = frozenset({3, 4, 5})
print(sorted(s | f), sorted(s & f), sorted(s - f), sorted(s ^ f), type(s | f).__name__, type(f | s).__name__)
print(sorted(s.union([9], (10,), range(2))), sorted(s.intersection([1, 2], {2, 3})), sorted(s.difference("ab", [1])),
      sorted(s.symmetric_difference([4, 5])))
for call in [lambda: s | [1], lambda: s & "ab", lambda: s - (1,), lambda: f ^ [1], lambda: s < [1, 2]]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s <= s, s < s, {1} < s, s >= {1, 5})
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), {1} != {1.0}, {0} == {False}, {1, 2} > {1})

t = set()
t.update([1, 2], (3,), {4: "x"}, "ab")
print(sorted(t, key=str))
t.intersection_update(range(10), [1, 2, 3, 4, 5])
print(sorted(t))
t.difference_update([1], {2})
t.symmetric_difference_update([4, 6])
print(sorted(t))
t |= {7}
t &= {3, 6, 7, 8}
t -= {8}
t ^= {0}
print(sorted(t))
for call in [lambda: t.remove(99), lambda: set().pop(), lambda: t.remove([1]), lambda: {[]},
             lambda: t.add({}), lambda: frozenset([[1]]), lambda: t.discard({})]:
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
t.discard(99)
print(len(t), t.pop() in {0, 3, 6, 7}, len(t))
# a set is unhashable, a frozenset can be a key or an element
groups = {frozenset({"a", "b"}): 1, frozenset({"c"}): 2}
print(groups[frozenset({"b", "a"})], frozenset({frozenset({1})}), {frozenset(): 0})
try:
    {set(): 0}
except TypeError as e:
    print("TypeError", e)
# set of a set subclass keeps set semantics; copy is shallow; clear
class Tags(set):
    pass
tg = Tags([3, 1])
print(type(tg | {2}).__name__, type(tg.copy()).__name__, sorted(tg.union({2})), tg == {1, 3})
cp = s.copy()
cp.clear()
print(s, cp, frozenset().copy() == frozenset(), repr(set()), repr(frozenset()), frozenset([2, 1]))
# mutation during iteration
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
# power set and partitions by algebra
def powerset(items):
    out = [frozenset()]
    for x in items:
        out += [sub | {x} for sub in out]
    return out
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(p) for p in ps))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(sorted(evens & threes), sorted(evens ^ threes)[:6], len(evens | threes), sorted(set(range(20)) - evens - threes))
