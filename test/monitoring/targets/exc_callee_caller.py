def level3(n):
    if n == 0:
        raise LookupError("deep")
    return n

def level2(n):
    return level3(n) * 2

def level1(n):
    v = level2(n)
    return v + 1

def top(n):
    try:
        return level1(n)
    except LookupError as e:
        return "caught " + str(e)

print(top(1))
print(top(0))
