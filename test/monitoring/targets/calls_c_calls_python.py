def key(v):
    return -v

def pred(v):
    return v % 2 == 0

def bad_key(v):
    if v == 3:
        raise ValueError("bad key")
    return v

print(sorted([3, 1, 2], key=key))
print(list(filter(pred, range(5))))
print(max([4, 9, 2], key=key), min("bca", key=ord))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
try:
    sorted([1, 3, 2], key=bad_key)
except ValueError as e:
    print("sorted raised", e)
