import bisect
import heapq
import keyword

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
data = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(3)])
print(heapq.nsmallest(3, ["bb", "a", "ccc", "dddd"], key=len), heapq.nlargest(1, [], default=None) if False else "")

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
records = [("ann", 30), ("bob", 25), ("cy", 41)]
records.sort(key=lambda r: r[1])
print(bisect.bisect(records, 30, key=lambda r: r[1]))
try:
    bisect.bisect_left(a, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(keyword.softkwlist)
