# bisect over _bisect: bisect/insort left and right, lo/hi/key, non-list sequences, errors
import bisect, _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect_left(a, 2, hi=-1), bisect.bisect_left(a, 9, hi=-5))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_left(a, 2, 0, None), bisect.bisect_left("abcde", "c"), bisect.bisect_right(range(0, 100, 5), 42))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
l = [1, 3, 5]
bisect.insort_left(l, 3); bisect.insort_right(l, 3); bisect.insort(l, 0); bisect.insort(l, 9, lo=4); print(l)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
s = L([10, 30]); bisect.insort(s, 20); bisect.insort_left(s, 5, key=None); print(s)
class Seq:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print("get", i)
        return self.items[i]
    def insert(self, i, x): self.items.insert(i, x)
q = Seq([1, 4, 9, 16])
print(bisect.bisect_left(q, 5)); bisect.insort(q, 10); print(q.items)
for bad in [lambda: bisect.bisect_left(), lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect_left([1], 1, "a"),
            lambda: bisect.bisect_left(1, 1), lambda: bisect.bisect_left([1, 2], 1, 0, 10), lambda: bisect.insort_left((), 1),
            lambda: bisect.bisect_left([1, 2], x=1, a=[2]), lambda: bisect.bisect_right(1, 2, 3, 4, 5, 6),
            lambda: bisect.bisect_left([1, 2, 3], 2, lo=None), lambda: bisect.bisect_left({0: 1, 1: 2}, 2),
            lambda: bisect.insort_right("abc", "b"), lambda: bisect.bisect([1, "a"], 2), lambda: bisect.bisect([1], 1, key=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
