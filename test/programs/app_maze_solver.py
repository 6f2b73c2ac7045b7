# Maze solving on a character grid: parsing, BFS shortest path, rendering the route, unreachable goals

MAZE = """
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########
"""


def parse(text):
    grid = [list(row) for row in text.strip().splitlines()]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
    return grid, find("S"), find("E")


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for pos in frontier:
            if pos == goal:
                path = []
                while pos is not None:
                    path.append(pos)
                    pos = prev[pos]
                return path[::-1], len(prev)
            for n in neighbours(grid, pos):
                if n not in prev:
                    prev[n] = pos
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)


grid, start, goal = parse(MAZE)
print("start", start, "goal", goal, "size", len(grid), "x", len(grid[0]))
path, explored = bfs(grid, start, goal)
print("steps:", len(path) - 1, "explored:", explored)
shown = [row[:] for row in grid]
for r, c in path[1:-1]:
    shown[r][c] = "*"
print("\n".join("".join(row) for row in shown))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "E", (0, -1): "W", (1, 0): "S", (-1, 0): "N"}[(r2 - r1, c2 - c1)])
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print(" ".join(f"{m}{n}" for m, n in compressed))
grid[5][8] = "#"
grid[6][9] = "#"
print(bfs(grid, start, goal))
