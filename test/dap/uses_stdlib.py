import heapq
h = [5, 1, 4]
small = heapq.nsmallest(2, h)
big = heapq.nlargest(1, h)
print(small, big)
