# Conway's Game of Life on a small torus, with sets of coordinates and string rendering

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
BLINKER = {(1, 0), (1, 1), (1, 2)}


def neighbours(cell, w, h):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield ((x + dx) % w, (y + dy) % h)


def step(live, w, h):
    counts = {}
    for cell in live:
        for n in neighbours(cell, w, h):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


def run(name, live, w, h, generations):
    print(f"== {name}")
    history = []
    for g in range(generations):
        key = frozenset(live)
        if key in history:
            print(f"cycle of length {len(history) - history.index(key)} at generation {g}")
            break
        history.append(key)
        live = step(live, w, h)
    print(render(live, w, h))
    print(sorted(live))
    return live


run("blinker", BLINKER, 3, 3, 5)
g = run("glider", GLIDER, 6, 6, 4)
moved = {((x - 1) % 6, (y - 1) % 6) for x, y in g}
print("glider moved diagonally:", moved == GLIDER)
run("glider full cycle", GLIDER, 5, 5, 40)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 4, 4) == block, len(step(set(), 4, 4)))
counts = [len(live) for live in [GLIDER, step(GLIDER, 6, 6), BLINKER]]
print(counts, max(counts), min(counts), sum(counts) / len(counts))
