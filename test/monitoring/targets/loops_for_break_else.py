def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        return -1
    return i

def skip_odds(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        out.append(i)
    return out

def nested(n):
    pairs = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            pairs += 1
        else:
            pairs += 10
    return pairs

print(find([3, 4, 5], 4))
print(find([3, 4, 5], 9))
print(skip_odds(6))
print(nested(3))
