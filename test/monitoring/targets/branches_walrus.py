def chunks(data, size):
    i = 0
    out = []
    while (chunk := data[i:i + size]):
        out.append(chunk)
        i += size
    return out

def firsts(words):
    return [w for word in words if (w := word.strip())]

def parse(lines):
    for line in lines:
        if (n := len(line)) > 3:
            print("long", n)
        elif n:
            print("short", n)

print(chunks("abcdefg", 3))
print(firsts([" a", "  ", "b "]))
parse(["abcd", "ab", ""])
