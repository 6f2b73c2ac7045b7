class Box:
    def __init__(self):
        self.v = 1

def mutate():
    x = 10
    x += 5
    x -= 3
    x *= 2
    x //= 4
    x **= 2
    x %= 7
    x <<= 2
    x |= 1
    b = Box()
    b.v += 10
    lst = [1, 2, 3]
    lst[0] += 100
    lst += [4]
    d = {"k": 1}
    d["k"] *= 9
    del lst[1]
    del d["k"]
    del b.v
    y = x
    del x
    return y, lst, d, hasattr(b, "v")

print(mutate())
s = "a"
s += "b"
print(s)
