def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return count, avg

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in (("a", [1, 2, 3]), ("b", [10])):
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
    group.close()  # explicit: tspy does not finalize dropped generators (DEVIATIONS.md)
print(results)
