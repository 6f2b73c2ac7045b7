def pairs(n):
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            yield i, j
            if i > 3:
                return

def products():
    for a, b in pairs(6):
        yield a * b

print(list(pairs(5)))
print(list(products()))
print(sum(1 for _ in pairs(4)))
