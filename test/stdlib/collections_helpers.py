# _collections._count_elements (Counter's loop) and _tuplegetter (namedtuple's fields)
import _collections
from _collections import _count_elements, _tuplegetter

m = {}
_count_elements(m, "abracadabra")
print(m)
_count_elements(m, ["a", "z"])
print(m)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = Logged()
_count_elements(l, "aba")
print(l)
class G:
    def __init__(self): self.d = {}
    def get(self, k, default): return self.d.get(k, default)
    def __setitem__(self, k, v): self.d[k] = v
g = G()
_count_elements(g, [1, 1, 2])
print(g.d)
class P(tuple):
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, None)
p = P((3, 4))
print(p.x, p.y, P.x, P.y, P.x.__doc__, type(P.x).__name__, type(P.x).__module__)
print(P.x.__get__(p), P.x.__get__(None, P), P.x.__get__((7, 8), tuple))
for bad in [lambda: setattr(p, "x", 1), lambda: delattr(p, "y"), lambda: P.x.__get__([1]), lambda: P.y.__get__((1,)),
            lambda: _tuplegetter(0), lambda: _tuplegetter("a", 1), lambda: _count_elements({}, 1),
            lambda: _count_elements(), lambda: _count_elements(1, [1]), lambda: P.x.__set__(p, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
tg = _tuplegetter(1, "doc")
tg.__doc__ = "changed"
print(tg, tg.__doc__, _tuplegetter(-1, None).__get__((1, 2, 9)) if False else "skip")
