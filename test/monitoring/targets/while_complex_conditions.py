def scan(data):
    i = 0
    found = []
    while i < len(data) and (data[i] != "stop" or not found):
        if data[i] == "skip":
            i += 2
            continue
        if data[i] != "stop":
            found.append(data[i])
        i += 1
    return found, i

print(scan(["a", "skip", "x", "b", "stop", "c"]))
print(scan(["stop", "a", "stop"]))

def pick(flag, xs):
    n = 0
    while (xs if flag else None):
        xs.pop()
        n += 1
    return n

print(pick(True, [1, 2]), pick(False, [1]))
