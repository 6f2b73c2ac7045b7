def spread(a, b, *rest, key=None, **extra):
    return a, b, rest, key, sorted(extra.items())

first, *middle, last = [1, 2, 3, 4]
print(first, middle, last)
a, (b, c) = 1, (2, 3)
print(a, b, c)
args = [1, 2, 3]
opts = {"key": "k", "z": 0}
print(spread(*args))
print(spread(*args, **opts))
print(spread(0, *args[1:], key=5))
print([*args, *"xy"], {**opts, "w": 1})
x, y = y, x = 5, 6
print(x, y)
