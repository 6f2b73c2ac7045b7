def f(a, b, c):
    if not (a and b):
        r = "not both"
    elif not a or not c:
        r = "partial"
    else:
        r = "all"
    while not (a or b) and c > 0:
        c -= 1
    x = (a and b) or (c and "c")
    y = not a if b else not c
    return r, c, x, y

for args in ((1, 0, 2), (1, 1, 0), (1, 1, 1), (0, 0, 2)):
    print(f(*args))
