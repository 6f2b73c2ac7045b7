def depth(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return depth(n - 1)
    finally:
        print("unwinding", n)

try:
    depth(3)
except ValueError as e:
    print("caught", e)

def search(tree, target, path=()):
    if tree is None:
        return None
    value, left, right = tree
    if value == target:
        return path + (value,)
    return (search(left, target, path + (value,))
            or search(right, target, path + (value,)))

t = (1, (2, None, None), (3, (4, None, None), None))
print(search(t, 4))
print(search(t, 9))
