# heapq over _heapq: push/pop/replace/pushpop/heapify and the 3.14 max-heap functions, exact layouts
import heapq, _heapq

print(heapq.heappush is _heapq.heappush, heapq.heapify_max is _heapq.heapify_max)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.heapreplace(h, 0), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 10), h, heapq.heappushpop([], 4))
data = [(i * 7919) % 1009 for i in range(60)]
heapq.heapify(data); print(data[:20], sum(data[i] <= data[2 * i + 1] for i in range(29)))
big = [(i * 104729) % 10007 for i in range(6000)]
heapq.heapify(big); print(big[:12], big[2999:3005], big[-5:])
mx = [(i * 31) % 17 for i in range(20)]
heapq.heapify_max(mx); print(mx)
heapq.heappush_max(mx, 100); print(mx[:5], heapq.heappop_max(mx), heapq.heapreplace_max(mx, -5), heapq.heappushpop_max(mx, 50), mx[:5])
bigmax = [(i * 7) % 3001 for i in range(5000)]
heapq.heapify_max(bigmax); print(bigmax[:8], bigmax[2600:2606])
print(heapq.nlargest(3, [4, 1, 9, 7]), heapq.nsmallest(2, "hello"), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), list(heapq.merge("ace", "bd", reverse=False)))
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self): return f"Item({self.v})"
hi = []
for v in [3, 1, 2]:
    heapq.heappush(hi, Item(v))
print(hi, heapq.heappop(hi), hi)
class Shrink:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.clear()
        return True
sh = []
sh.extend([Shrink(1, sh), Shrink(2, sh)])
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heappush([]), lambda: heapq.heapify(()), lambda: heapq.heapify(),
            lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappop_max([]), lambda: heapq.heappush([1], "a"),
            lambda: heapq.heappush(heap=[1], item=2), lambda: heapq.heappush(sh, Shrink(0, sh)), lambda: heapq.heapify_max(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
