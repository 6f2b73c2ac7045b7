# Sudoku: validate rows/columns/boxes with sets, then solve by backtracking

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def groups(grid):
    for r in range(9):
        yield f"row {r}", grid[r]
    for c in range(9):
        yield f"col {c}", [grid[r][c] for r in range(9)]
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            yield f"box {br // 3},{bc // 3}", [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]


def problems(grid):
    out = []
    for name, values in groups(grid):
        filled = [v for v in values if v]
        if len(filled) != len(set(filled)):
            dupes = sorted({v for v in filled if filled.count(v) > 1})
            out.append(f"{name}: duplicate {dupes}")
    return out


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


steps = 0


def solve(grid):
    global steps
    empty = [(len(candidates(grid, r, c)), r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]
    if not empty:
        return True
    _, r, c = min(empty)
    for v in candidates(grid, r, c):
        steps += 1
        grid[r][c] = v
        if solve(grid):
            return True
        grid[r][c] = 0
    return False


grid = parse(PUZZLE)
print("problems:", problems(grid))
print("empty cells:", sum(row.count(0) for row in grid), "candidates at (0,2):", candidates(grid, 0, 2))
print("solved:", solve(grid), "steps:", steps)
for row in grid:
    print(" ".join(map(str, row)))
print("valid:", problems(grid) == [] and all(sorted(v) == list(range(1, 10)) for _, v in groups(grid)))
bad = parse(PUZZLE)
bad[0][2] = 5
bad[4][4] = 8
print(problems(bad))
