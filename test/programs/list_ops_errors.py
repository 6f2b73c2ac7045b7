# list: methods, slicing with steps, in-place operators, sorting, and their error messages


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend(x * 10 for x in range(2))
nums.insert(0, -1)
nums.insert(100, 100)
nums.insert(-2, 55)
print(nums, len(nums), nums.count(0), nums.index(8), nums.index(100, 3))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(55)
print(nums, nums[::2], nums[::-1], nums[1:-1:3], nums[-3:], nums[:100])
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
nums[:] = range(5)
nums += [5]
nums *= 2
print(nums, nums.copy() is nums, nums.copy() == nums)
nums.reverse()
print(nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (w.lower(), w))
print(words)
matrix = [[0] * 3 for _ in range(2)]
alias = [[0] * 3] * 2
matrix[0][0] = alias[0][0] = 1
print(matrix, alias)
print([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [3] * 0, [] == [], [1, 2] + [3], list("hi"))
print(list(range(3)) + list((4, 5)), [x for x in [3, 1, 2] if x > 1], [[y for y in range(x)] for x in range(3)])
show("index missing", lambda: [1, 2].index(3))
show("remove missing", lambda: [1, 2].remove(3))
show("pop empty", lambda: [].pop())
show("pop range", lambda: [1].pop(5))
show("getitem range", lambda: [1][3])
show("getitem str", lambda: [1]["0"])
show("assign step", lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]))
show("sort mixed", lambda: sorted([1, "a"]))
show("add tuple", lambda: [1] + (2,))
show("mul float", lambda: [1] * 1.5)
show("insert args", lambda: [].insert(1))
show("extend int", lambda: [].extend(5))
show("sort args", lambda: [].sort(lambda x: x))


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  compare", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


print(sorted([Key(3), Key(1), Key(2)]))
data = [3, 1, 2]


def key_mutates(x):
    data.append(x)
    return x


show("modified during sort", lambda: data.sort(key=key_mutates))
