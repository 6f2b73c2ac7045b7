def between(lo, x, hi):
    return lo <= x < hi

def ordered(a, b, c, d):
    return a < b < c < d

def mixed(x):
    if 0 < x == 5 != 6:
        return "five"
    elif -10 < x < 0:
        return "negative"
    return "other"

print(between(1, 2, 3), between(1, 5, 3))
print(ordered(1, 2, 3, 4), ordered(1, 3, 2, 4))
for v in (5, -3, 20):
    print(mixed(v))
print(1 < 2 > 1 in [1], "a" < "b" <= "b")
