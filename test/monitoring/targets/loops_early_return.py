def index_of(seq, v):
    for i in range(len(seq)):
        if seq[i] == v:
            return i
    return None

def first_neg(seq):
    i = 0
    while i < len(seq):
        if seq[i] < 0:
            return seq[i]
        i += 1
    return 0

def search_grid(grid, v):
    for r, row in enumerate(grid):
        for c, x in enumerate(row):
            if x == v:
                return (r, c)
    return "absent"

print(index_of("abcd", "c"))
print(index_of("abcd", "z"))
print(first_neg([1, 2, -3, 4]))
print(first_neg([1]))
print(search_grid([[1, 2], [3, 4]], 3))
print(search_grid([[1, 2], [3, 4]], 7))
