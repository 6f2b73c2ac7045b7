# list and tuple methods and behaviours, including slicing assignment and sorting stability.
a = [5, 2, 8, 2, 9, 1]
b = a.copy()
a.sort()
print(a, b, sorted(b, reverse=True), b.count(2), b.index(8))
a.insert(0, 100)
a.insert(-1, 50)
a.insert(99, 7)
print(a, a.pop(), a.pop(0), a)
a.remove(2)
a.extend(range(3))
print(a, len(a), a[2:5], a[::-2], a[-2:])
a[1:3] = ["x", "y", "z"]
print(a)
del a[::2]
print(a)
a[:] = []
print(a, bool(a))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs), max(pairs, key=lambda p: p[0]))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], len(t), 2 in t, tuple(reversed(t)))
nested = [[1, 2], [3, 4]]
copy = [row[:] for row in nested]
copy[0][0] = 99
print(nested, copy, [x for row in nested for x in row])
print(list(zip([1, 2, 3], "abc")), list(enumerate("xy", start=1)), list(map(lambda x: x * x, range(4))))
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack, [1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], sum(map(sum, matrix)), [max(r) for r in matrix])
