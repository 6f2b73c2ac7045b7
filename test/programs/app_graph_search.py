# Graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with a hand-written binary heap


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, small = 2 * i + 1, 2 * i + 2, i
            if left < n and items[left] < items[small]:
                small = left
            if right < n and items[right] < items[small]:
                small = right
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small


EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for u, v, w in EDGES:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, start))
    while heap:
        d, node = heap.pop()
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3}  {path(prev, node)}")
print("unreachable:", sorted(set(graph) - set(dist)))
components = []
left = set(graph)
while left:
    comp = bfs(min(left))
    components.append(comp)
    left -= set(comp)
print(components)
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
