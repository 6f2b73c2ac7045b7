def step(i):
    return i * 2 + 1

def work(n):
    total = 0
    for i in range(n):
        total += step(i)
        if total % 7 == 3:
            total -= 1
        elif total % 5 == 0:
            total += 2
        else:
            total ^= 1
    return total

def spin(n):
    k = 0
    while k < n:
        k += 1
    return k

for r in range(6):
    print(work(40), spin(25))
