def evens(n):
    return [i for i in range(n) if i % 2 == 0]

def squares_map(n):
    return {i: i * i for i in range(n) if i != 2}

def letters(s):
    return {int(c) for c in s if c.isdigit()}

def nested(m):
    return [x * y for x in range(m) if x for y in range(m) if y > x]

print(evens(7))
print(squares_map(4))
print(sorted(letters("a1b2a")))
print(nested(4))
