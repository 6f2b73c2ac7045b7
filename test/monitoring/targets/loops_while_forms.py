def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def first_square_over(limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            return i

def drain(stack):
    seen = []
    while stack:
        x = stack.pop()
        if x < 0:
            continue
        seen.append(x)
    else:
        seen.append("empty")
    return seen

print(collatz(6))
print(first_square_over(30))
print(drain([1, -2, 3]))
