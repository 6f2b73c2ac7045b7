def chain(*its):
    for it in its:
        yield from it

def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)

print(list(chain([1, 2], "ab", range(2))))
t = (1, [(2, []), (3, [(4, [])])])
print(list(tree(t)))

def relay():
    got = yield from iter([10, 20])
    return got

r = relay()
print(next(r), next(r))
try:
    next(r)
except StopIteration as e:
    print("relay returned", e.value)
