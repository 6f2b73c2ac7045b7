import heapq
h = []
heapq.heappush(h, 3)
heapq.heappush(h, 1)
print(h)
