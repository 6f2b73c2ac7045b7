# List/dict/set comprehensions and sorted() with key functions, tuples, slicing.


def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield x >> 33


def main():
    g = lcg(7)
    records = [(next(g) % 1000, next(g) % 97, "k" + str(next(g) % 5000)) for _ in range(120000)]
    by_first = sorted(records, key=lambda r: r[0])
    by_pair = sorted(records, key=lambda r: (r[1], -r[0], r[2]))
    by_name = sorted(records, key=lambda r: r[2], reverse=True)
    groups = {}
    for a, b, name in records:
        groups.setdefault(b, []).append(a)
    means = {k: sum(v) // len(v) for k, v in groups.items()}
    names = {name for _, _, name in records if name.endswith("7")}
    matrix = [[(i * j) % 17 for j in range(60)] for i in range(60)]
    transposed = [[row[i] for row in matrix] for i in range(60)]
    diag = sum(transposed[i][i] for i in range(60))
    flat = [x for row in matrix for x in row if x % 2]
    top = sorted(means.items(), key=lambda kv: (kv[1], kv[0]))[-3:]
    evens = [r for r in by_pair if r[0] % 2 == 0][:5]
    total = 0
    for rep in range(16):
        squares = [x * x for x in range(rep, 20000 + rep)]
        total += sum([s for s in squares if s % 3 == 1])
    print(by_first[0][0], by_first[-1][0], by_pair[0], by_name[0][2])
    print(len(groups), len(names), diag, len(flat), top)
    print(evens[0], total)


main()
