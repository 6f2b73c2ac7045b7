# deque: mutation during iteration and comparison, subclasses, iterator types
from _collections import deque, _deque_iterator, _deque_reverse_iterator

d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(list(it))
except RuntimeError as e:
    print("again", e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 9  # item assignment is not a structural change
print(list(it))
class X:
    def __init__(self, q): self.q = q
    def __eq__(self, o):
        self.q.clear()
        return False
for meth in ("index", "count", "remove", "__contains__"):
    q = deque()
    q.extend([X(q), 1])
    try:
        print(getattr(q, meth)(1))
    except (RuntimeError, IndexError) as e:
        print(meth, type(e).__name__, e)
class D(deque):
    def extra(self):
        return len(self) * 10
s = D([1, 2], 3)
print(s, s.extra(), s.copy(), type(s.copy()).__name__, s + deque([3]), deque([0]) + s, s * 2, isinstance(s, deque))
s.attr = "ok"; print(s.attr, D(), D("ab"))
class E(deque):
    def __init__(self, *args):
        super().__init__(*args)
        self.inits = getattr(self, "inits", 0) + 1
e = E([1, 2])
print(e, e.inits, e.copy(), e.copy().inits)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__, deque.__name__, deque.__module__, deque.__qualname__)
print(list(_deque_iterator(deque([1, 2, 3]), 1)), list(_deque_reverse_iterator(deque([1, 2, 3]), 2)))
try:
    _deque_iterator([1])
except TypeError as e:
    print("TypeError", e)
r = reversed(deque("abcd"))
print(next(r), r.__length_hint__(), list(r))
print(type(hash), deque.__hash__, deque.maxlen.__class__.__name__)
import copy
dq = deque([[1], 2], 5)
dc = copy.deepcopy(dq); dc[0].append(9)
print(dq, dc, copy.copy(s), copy.deepcopy(D([[3]], 2)), deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
