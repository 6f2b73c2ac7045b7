# recursion patterns: mutual recursion, memoization with lru_cache and dicts, recursive
# generators, backtracking (n-queens, subsets summing to a target), Ackermann with a small
# input, and RecursionError being catchable with the program continuing normally
import sys
from functools import lru_cache

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))

@lru_cache(maxsize=None)
def partitions(n, k):
    # number of ways to write n as a sum of parts each <= k
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
info = partitions.cache_info()
print(info.hits > 0, info.misses, partitions.cache_parameters())

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and row - c not in diag1 and row + c not in diag2:
            yield from queens(n, row + 1, cols + (c,), diag1 + (row - c,), diag2 + (row + c,))
solutions = list(queens(6))
print(len(solutions), solutions[0], sum(1 for _ in queens(8)))
board = solutions[0]
for r, c in enumerate(board):
    print("".join("Q" if i == c else "." for i in range(len(board))))

def subset_sums(nums, target, start=0, chosen=()):
    if target == 0:
        yield chosen
        return
    for i in range(start, len(nums)):
        if nums[i] <= target:
            yield from subset_sums(nums, target - nums[i], i + 1, chosen + (nums[i],))
print(list(subset_sums([2, 3, 5, 7, 8, 10], 15)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])

def depth(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + max((depth(x) for x in obj), default=0)
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    return 0
print(depth([1, [2, [3, {"k": [4]}]], ()]), depth({}), depth(5))

def runaway(n):
    return runaway(n + 1) + 1
limit = sys.getrecursionlimit()
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit() == limit, is_even(50))
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(depth(nested), str(nested)[:12])
