# slice objects: attributes, indices(), use in subscription, equality and errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, None), slice("a", "b", "c"))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(-100, 100).indices(5))
print(slice(None, None, -2).indices(10), slice(10, -10, -3).indices(7), slice(0, 0).indices(0), slice(5, 1).indices(10))
seq = list(range(10))
print(seq[s], seq[slice(None, None, -1)], seq[slice(-3, None)], "abcdefgh"[slice(1, 7, 3)], (1, 2, 3)[slice(2)])
print(seq[1:8:3], seq[::-3], seq[8:1:-2], seq[-1:-11:-4], seq[100:], seq[-100:2], seq[::100])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1) != slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(0, 5) <= slice(0, 5), slice(2) > slice(1))
print(type(s).__name__, isinstance(s, slice), s == s)

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, 3], r[..., 1:], r[::-1], r["a":"b"], r[1:2:None])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m], m[::-1][0][::-1])
t = list(range(8))
t[slice(0, 8, 3)] = ["x", "y", "z"]; print(t)
del t[slice(None, None, 2)]; print(t)
t[slice(1, 1)] = [7, 7]; print(t)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(seq[Idx(2):Idx(5)], seq[slice(Idx(1), None, Idx(4))], slice(Idx(1), Idx(3)).indices(10))

errors = [
    lambda: slice(),
    lambda: slice(1, 2, 3, 4),
    lambda: slice(1, 2, 0).indices(5),
    lambda: slice(1).indices(-1),
    lambda: slice("a").indices(3),
    lambda: seq["a":"b"],
    lambda: seq[::0],
    lambda: s.start.__class__ if False else setattr(s, "start", 5),
    lambda: slice(1, 2).indices(),
    lambda: seq[1.5:2],
    lambda: {}[1:2],
    lambda: hash(slice(1, 2)) == hash(slice(1, 2)),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
"abc"[::0]
