def key(v):
    if v > 1:
        return -v
    return v

def walker(n):
    for i in range(n):
        yield key(i)

print(sorted([3, 1, 2], key=key))
print(key(5), key(0))
print(list(walker(3)))
w = walker(2)
print(next(w), key(7), next(w))
