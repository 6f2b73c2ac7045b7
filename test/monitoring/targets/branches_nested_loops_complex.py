def primes(limit):
    found = []
    n = 2
    while n < limit and len(found) < 50:
        for p in found:
            if p * p > n:
                found.append(n)
                break
            if n % p == 0:
                break
        else:
            found.append(n)
        n += 1
    return found

def matrix_find(m, pred):
    hits = 0
    for row in m:
        for v in row:
            if not pred(v):
                continue
            hits += 1
            if hits >= 3:
                return hits
    return hits

print(primes(30))
print(matrix_find([[1, 2, 3], [4, 5, 6]], lambda v: v % 2 == 1))
print(matrix_find([[1, 3, 5, 7]], lambda v: True))
