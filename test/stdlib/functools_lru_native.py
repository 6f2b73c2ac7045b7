# _functools._lru_cache_wrapper (what functools.lru_cache wraps): keys, typed, bounded/unbounded/uncached
from _functools import _lru_cache_wrapper

def info(*a):
    return ("CacheInfo",) + a
calls = []
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)
w = _lru_cache_wrapper(f, 2, False, info)
print(w(1), w(1), w(2), w(1), w(3), w(2), w.cache_info(), len(calls))
print(w(1, x=2), w(1, x=2), w(x=2), w.cache_info())
w.cache_clear(); print(w.cache_info(), w(1), w.cache_info())
t = _lru_cache_wrapper(f, None, True, info)
print(t(1), t(1.0), t(1), t(True), t("1"), t(x=1), t(x=1.0), t.cache_info())
u = _lru_cache_wrapper(f, None, False, info)
print(u(1), u(1.0), u(True), u((1,)), u(1, 2), u((1, 2)), u.cache_info())
z = _lru_cache_wrapper(f, 0, False, info)
print(z(1), z(1), z.cache_info(), _lru_cache_wrapper(f, -5, False, info).cache_info())
fib_calls = 0
def fib(n):
    global fib_calls
    fib_calls += 1
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)
cfib = _lru_cache_wrapper(fib, 3, False, info)
print(cfib(25), fib_calls, cfib.cache_info())
class C:
    m = _lru_cache_wrapper(lambda self, x: (self.tag, x), None, False, info)
    tag = "c"
print(C().m(5), C.m(C(), 6), C.m.cache_info())
w.__wrapped__ = f; w.extra = 1
print(w.__wrapped__ is f, sorted(w.__dict__), type(w).__name__, type(w).__module__)
def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 4, False, info)
for bad in [lambda: b(1), lambda: b([]), lambda: _lru_cache_wrapper(1, 2, False, info), lambda: _lru_cache_wrapper(f, "a", False, info),
            lambda: _lru_cache_wrapper(f, 2, False), lambda: w.cache_info(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b.cache_info())
def deep(n):
    return n if n == 0 else cdeep(n - 1)
cdeep = _lru_cache_wrapper(deep, 128, False, info)
cdeep(3)
cdeep2 = _lru_cache_wrapper(boom, None, False, info)
cdeep2("uncaught")
