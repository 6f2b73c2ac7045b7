# list methods with start/stop arguments, in-place operators, sort with keys and errors
xs = [5, 3, 8, 3, 1, 3, 9]
print(xs.index(3), xs.index(3, 2), xs.index(3, -3), xs.index(3, 2, 4), xs.count(3), xs.count("3"))
for call in [lambda: xs.index(3, 6), lambda: xs.index(42), lambda: xs.remove(42), lambda: [].pop(),
             lambda: xs.pop(99), lambda: xs.index(3, 0, -5), lambda: [1].pop(-2)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for call in [lambda: xs.index(), lambda: xs.append(1, 2), lambda: xs.insert(1), lambda: xs.pop("0"),
             lambda: xs.sort(lambda a: a), lambda: xs.sort(key=1), lambda: xs.extend(3),
             lambda: xs + (1,), lambda: xs * 1.5, lambda: xs.index(3, "a"), lambda: xs.copy(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

ys = xs.copy()
ys.insert(-1, "mid")
ys.insert(-100, "first")
ys.insert(100, "last")
print(ys)
ys.remove("mid")
print(ys.pop(), ys.pop(0), ys.pop(-1), ys)
ys.reverse()
print(ys)
ys *= 2
ys += range(2)
ys.extend("ab")
ys[len(ys):] = [True]
print(ys, len(ys))
zs = ys
zs += [None]
print(zs is ys, ys[-1], ys * 0, [] * 5, [[0] * 2] * 2)

words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w.lower()))
print(words)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError", e, mixed)
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError", e)

# the list is emptied while sorting: modification is detected
class Evil:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
target = []
items = [Evil(i, target) for i in (3, 1, 2)]
target.extend(items)
try:
    target.sort()
except ValueError as e:
    print("ValueError", e)

# clear, del, and slices keep identity
keep = [1, 2, 3]
alias = keep
keep.clear()
print(alias, keep is alias)
alias[:] = "xyz"
del alias[1]
print(keep, keep == ["x", "z"], keep != ["x", "z"], [1, 2] < [1, 2, 0], [2] > [1, 99])
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], [1, 2, 3, 4][1::2], list(range(5))[-2:])
