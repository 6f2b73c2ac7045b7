import functools
from functools import cached_property, singledispatch, total_ordering, wraps, partialmethod, lru_cache

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return ("wrapped", f(*a, **k))
    return inner

@deco
def hello(name):
    """Say hi."""
    return f"hi {name}"
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__("y"))

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.registry.keys() >= {object, int, list})

@total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(5), sorted([V(3), V(1)], key=lambda v: v.n)[0].n)

class Data:
    calls = 0
    @cached_property
    def heavy(self):
        Data.calls += 1
        return 42
d = Data()
print(d.heavy, d.heavy, Data.calls, "heavy" in vars(d))

class Cell:
    def __init__(self):
        self.v = None
    def set(self, v):
        self.v = v
    set_on = partialmethod(set, True)
c = Cell()
c.set_on()
print(c.v)

@lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
