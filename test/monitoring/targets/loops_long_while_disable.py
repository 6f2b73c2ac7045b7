def bump(v):
    return v + 1

def run(limit):
    i = 0
    odd = 0
    while i < limit:
        i = bump(i)
        if i & 1:
            odd += 1
        if i % 50 == 0:
            print("checkpoint", i)
    return odd

print(run(120))
print(run(30))
