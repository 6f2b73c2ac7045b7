def sq(x):
    return x * x

def is_odd(x):
    return x % 2 == 1

def accumulate(n):
    total = 0
    for i in range(n):
        if is_odd(i):
            total += sq(i)
        else:
            total -= 1
    return total

def repeat(fn, times):
    r = None
    for _ in range(times):
        r = fn(times)
    return r

for k in range(4):
    print(accumulate(10 + k))
print(repeat(sq, 7), repeat(is_odd, 6))
