# Memoization decorators: an LRU cache built on dict ordering, call statistics, and recursion


def lru_cache(maxsize=4):
    def decorate(fn):
        cache = {}
        stats = {"hits": 0, "misses": 0, "evictions": 0}

        def wrapper(*args):
            if args in cache:
                stats["hits"] += 1
                value = cache.pop(args)
                cache[args] = value
                return value
            stats["misses"] += 1
            value = fn(*args)
            cache[args] = value
            if len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
                stats["evictions"] += 1
            return value

        wrapper.cache = cache
        wrapper.stats = stats
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate


@lru_cache(maxsize=100)
def fib(n):
    """Fibonacci numbers, memoized."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=3)
def square(x):
    return x * x


print(fib(90), fib.stats, len(fib.cache), fib.__name__, fib.__doc__)
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(x)
print(square.stats, list(square.cache))


def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann.calls)


@lru_cache(maxsize=1000)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
print(partitions.stats["hits"] > partitions.stats["misses"], str(fib(300))[:20], len(str(fib(300))))
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)
