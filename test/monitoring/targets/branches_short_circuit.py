def both(a, b):
    return a and b

def either(a, b):
    return a or b

def check(x):
    if x > 0 and x % 2 == 0:
        return "pos even"
    if x < 0 or x == 0:
        return "nonpos"
    return "pos odd"

def chain(a, b, c):
    if a and b and c:
        return 1
    if a or b or c:
        return 2
    return 3

def guard(d, k):
    return k in d and d[k] > 1

print(both(1, 2), both(0, 2), either(0, 3), either(4, 0))
for v in (4, 3, -1, 0):
    print(check(v))
print(chain(1, 1, 1), chain(0, 1, 0), chain(0, 0, 0))
print(guard({"a": 2}, "a"), guard({}, "a"))
