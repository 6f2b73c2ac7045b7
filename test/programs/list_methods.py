# list methods and operators, including their error messages.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); a.extend(range(2)); a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(-1, "penult"); a.insert(100, "last"); a.insert(-100, "zero"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1); print(a, a.count(1), a.count(5), a.count("x"))
print(a, a.index(5), a.index(5, 5), a.index(5, -6), a.index(9, 0, 5), a.index(0, -100, 100))
b = a.copy(); b.reverse(); print(b, a == b[::-1], b is not a)
b.clear(); print(b, len(b))
nums = [5, 2, 8, 1]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [1] * -1, [1, 2, 3][::-1], [1, 2, 3][-2:])
x = [1, 2, 3]; x += (4, 5); x *= 2; print(x)
x[1:3] = ["a", "b", "c"]; print(x)
x[::2] = range(len(x[::2])); print(x)
del x[::3]; print(x)
del x[0]; x[-1] = "end"; print(x)
x[2:2] = [99]; x[len(x):] = [100]; print(x)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [[1]] == [[1]], [] < [0])
print(3 in [1, 2, 3], "a" not in ["b"], [1, [2]].index([2]), [float("nan")].count(float("nan")))
nan = float("nan"); print([nan].count(nan), nan in [nan], [nan] == [nan])
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "hi"))
lst = [1, 2, 3]
lst.append(lst); print(lst, len(lst))
print(repr([]), str([None, True, 1.0, "s", b"b"]))
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])), [1, 2, 3].__len__(), [4, 5].__getitem__(-1))

errors = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1, 2].index(3),
    lambda: [1, 2].index(1, 1),
    lambda: [1].remove(2),
    lambda: [1][1],
    lambda: [1]["a"],
    lambda: [1] + (2,),
    lambda: [1] * 1.5,
    lambda: [1, "a"].sort(),
    lambda: [3, 2, None].sort(),
    lambda: [].sort(1),
    lambda: [].sort(key=1, reverse=False, cmp=None),
    lambda: [1].append(),
    lambda: [1].append(1, 2),
    lambda: [].insert(1),
    lambda: [].extend(5),
    lambda: [].index(),
    lambda: [].count(),
    lambda: [1, 2].pop("0"),
    lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]),
    lambda: [1].__getitem__(2 ** 100),
    lambda: list(1),
    lambda: list([1], [2]),
    lambda: [1] < "a",
    lambda: [1].copy(1),
    lambda: [].reverse(1),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
empty = []
empty[0] = 1
