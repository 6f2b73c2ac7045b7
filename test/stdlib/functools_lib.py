# functools through Lib: the _functools pieces (reduce, partial, cmp_to_key, lru_cache's wrapper) and the rest
import functools, _functools
from functools import lru_cache, cache, partial, reduce, cmp_to_key, wraps, total_ordering, partialmethod

print(functools.reduce is _functools.reduce, functools.partial is _functools.partial, functools.cmp_to_key is _functools.cmp_to_key)
print(functools._lru_cache_wrapper is _functools._lru_cache_wrapper, functools.Placeholder is _functools.Placeholder)
@lru_cache(maxsize=2)
def sq(x):
    "square"
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq.__name__, sq.__doc__, sq.__wrapped__(5), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info(), type(sq).__name__)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(typed=True)
def ident(x): return (type(x).__name__, x)
print(ident(1), ident(1.0), ident(True), ident.cache_info())
class A:
    @lru_cache
    def m(self, x): return x * 2
    half = partialmethod(lambda self, x, y: (x, y), 1)
a = A(); print(a.m(4), a.m(4), A.m.cache_info().hits, a.half(2))
print(reduce(lambda x, y: x * y, range(1, 8)), partial(int, base=16)("ff"), sorted(["b", "A", "c"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def named(x): "doc"; return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(1) >= V(1))
@lru_cache(maxsize=None)
def boom(x):
    raise ValueError(f"bad {x}")
try:
    boom(1)
except ValueError as e:
    print("ValueError", e, boom.cache_info())
print(repr(partial(max, functools.Placeholder, 2))[:40])
boom(2)
