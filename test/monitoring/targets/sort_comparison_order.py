# list.sort compares in CPython's order (timsort: count_run, binary insertion, galloping merges)
log = []

class K:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v

def lcg(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 50)
    return out

def summary(items):
    h = 0
    for i, (a, b) in enumerate(log):
        h = (h * 31 + a * 1009 + b + i) % 1000000007
    return len(log), h, [k.tag for k in items][:12]

def run(values, **kw):
    log.clear()
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort(**kw)
    return summary(items)

print(run([3, 1, 2]))
print(run([5, 4, 4, 3, 3, 3, 2, 9, 1]))
print(run(lcg(70, 7)))
print(run(list(range(40)) + list(range(0, 80, 2)) + lcg(30, 3)))
print(run(lcg(150, 11), reverse=True))
print(run(lcg(90, 5), key=lambda k: -k.v))
log.clear()
print(sorted([K(v, i) for i, v in enumerate([2, 2, 1])], reverse=True)[0].tag, log)
