def total(n):
    t = 0
    for i in range(n):
        if i % 2:
            t += i
        else:
            continue
    else:
        t += 100
    return t

def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            break
    else:
        print("no break")
    return n

print(total(4))
print(countdown(5))
print(countdown(1))
