def parse(tokens):
    out = []
    i = 0
    while True:
        if i >= len(tokens):
            break
        t = tokens[i]
        i += 1
        if t == "skip":
            continue
        if t == "stop":
            return out
        out.append(t)
    out.append("end")
    return out

print(parse(["a", "skip", "b"]))
print(parse(["a", "stop", "b"]))
