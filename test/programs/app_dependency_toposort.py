# A build-order resolver: topological sort with cycle detection and reporting, layered
# parallel groups, transitive dependents, and graphlib's TopologicalSorter for comparison
from graphlib import TopologicalSorter, CycleError
from collections import defaultdict, deque

PACKAGES = {
    "app": ["web", "db", "log"],
    "web": ["http", "log", "templates"],
    "http": ["sockets", "log"],
    "templates": ["strings"],
    "db": ["sockets", "log", "pool"],
    "pool": ["log"],
    "sockets": [],
    "log": ["strings"],
    "strings": [],
}

def kahn(graph):
    indeg = {n: 0 for n in graph}
    users = defaultdict(list)
    for node, deps in graph.items():
        for d in deps:
            indeg.setdefault(d, 0)
            indeg[node] += 1
            users[d].append(node)
    ready = deque(sorted(n for n, k in indeg.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(indeg):
        stuck = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {stuck}")
    return order

def layers(graph):
    depth = {}
    def visit(n, stack=()):
        if n in stack:
            raise ValueError(" -> ".join(stack + (n,)))
        if n not in depth:
            depth[n] = 1 + max((visit(d, stack + (n,)) for d in graph.get(n, [])), default=-1)
        return depth[n]
    for n in graph:
        visit(n)
    out = defaultdict(list)
    for n, d in depth.items():
        out[d].append(n)
    return [sorted(out[d]) for d in sorted(out)]

def dependents(graph, target):
    rev = defaultdict(set)
    for n, deps in graph.items():
        for d in deps:
            rev[d].add(n)
    seen, todo = set(), [target]
    while todo:
        for u in rev[todo.pop()]:
            if u not in seen:
                seen.add(u)
                todo.append(u)
    return sorted(seen)

print("order:", kahn(PACKAGES))
for i, group in enumerate(layers(PACKAGES)):
    print(f"layer {i}: {', '.join(group)}")
print("rebuild after 'log' changes:", dependents(PACKAGES, "log"))
print("rebuild after 'strings':", dependents(PACKAGES, "strings"))

ts = TopologicalSorter(PACKAGES)
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print("graphlib rounds:", rounds)
print("static order valid:", all(
    pos < order.index(n) for order in [list(TopologicalSorter(PACKAGES).static_order())]
    for n, deps in PACKAGES.items() for pos in [order.index(d) for d in deps] or [-1]))

cyclic = dict(PACKAGES, strings=["app"])
for fn in (kahn, layers):
    try:
        fn(cyclic)
    except ValueError as e:
        print(f"{fn.__name__}: {e}")
try:
    list(TopologicalSorter(cyclic).static_order())
except CycleError as e:
    msg, cycle = e.args
    print("graphlib:", msg, "| cycle length", len(cycle) - 1, "| closed:", cycle[0] == cycle[-1])
try:
    ts2 = TopologicalSorter({"a": ["b"]})
    ts2.prepare()
    ts2.done("a")
except ValueError as e:
    print("ValueError", e)
