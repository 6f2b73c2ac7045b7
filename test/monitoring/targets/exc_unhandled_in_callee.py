def validate(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

def process(items):
    out = []
    for it in items:
        out.append(validate(it))
    return out

def safe(items):
    try:
        return process(items)
    except ValueError as e:
        return str(e)

print(safe([1, 2]))
print(safe([1, -5, 3]))
