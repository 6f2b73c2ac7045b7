def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)

def tree_sum(t):
    total = t[0]
    for child in t[1]:
        total += tree_sum(child)
    return total

print(count(8))
print(tree_sum((1, [(2, [(4, [])]), (3, [])])))
for i in range(3):
    print(count(i))
