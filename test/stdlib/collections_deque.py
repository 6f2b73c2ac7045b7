# collections.deque: construction, maxlen, both ends, rotate, indexing, insert/index/remove/count
from _collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d, bool(deque()), bool(d))
print(d.pop(), d.popleft(), d, d.maxlen)
d.extend("ab"); d.extendleft("xy")
print(d, list(reversed(d)), d.count("a"), d.index(2), d.index("a", 2), d.index(2, -10, 10))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.reverse(); print(d)
d.insert(1, "I"); d.insert(-1, "J"); d.insert(100, "K"); d.insert(-100, "L"); print(d)
d.remove("I"); del d[0]; d[0] = "set"; print(d, d[2])
d.clear(); print(d, len(d))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend([20, 21]); print(b)
b.extendleft([30]); print(b)
b.insert(0, 5) if len(b) < 3 else print("full")
print(deque(maxlen=0), deque("abc", 0), deque([1, 2], maxlen=5), deque(iterable=[1], maxlen=None))
z = deque(maxlen=0); z.append(1); z.extend(range(3)); print(z)
e = deque([1, 2]); e.extend(e); e.extendleft(e); print(e)
d = deque([1]); d.append(d); print(d)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([1]) >= deque([1, 0]), deque([1, 2]) == [1, 2], deque() == deque())
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1]) * 0, deque([1, 2], 3) * 2)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
y = deque([1, 2], 3); y *= 2; print(y)
print(deque([5, 6]).copy(), deque([7], 4).__copy__(), deque[int])
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))
print(list(reversed(deque("abc"))))
for bad in [lambda: deque(1), lambda: deque([1], -1), lambda: deque([1], "a"), lambda: deque([1], 2, 3),
            lambda: deque([1], maxlen=None, x=1), lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])["a"], lambda: deque([1])[1:2], lambda: deque([1]).index(2), lambda: deque([1]).remove(2),
            lambda: deque([1]).insert(0), lambda: deque([1], 1).insert(0, 2), lambda: deque([1]) + [2],
            lambda: deque([1]) * "a", lambda: deque([1]) < [1], lambda: hash(deque()), lambda: deque([1]).rotate("a"),
            lambda: deque([1]).extend(1), lambda: deque([1]).count(), lambda: deque([1, 2, 1]).index(1, 1, 2),
            lambda: deque([1, 2, 1]).index(3, "a"), lambda: deque([1]).append(), lambda: deque([1]).pop(1),
            lambda: deque([1]).rotate(1, 2), lambda: [1] + deque([2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    deque().maxlen = 3
except AttributeError as e:
    print("AttributeError", e)
def setitem_out():
    q = deque([1, 2]); q[5] = 3
def delitem_out():
    q = deque([1, 2]); del q[-3]
for f in (setitem_out, delitem_out):
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
