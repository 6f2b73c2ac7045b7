# Functions: defaults, *args/**kwargs, keyword-only and positional-only parameters, closures,
# decorators, recursion, and lambdas.
def describe(name, /, greeting="Hello", *extra, sep=" ", **opts):
    parts = [greeting, name, *extra]
    text = sep.join(parts)
    if opts:
        text += " " + ", ".join(f"{k}={v}" for k, v in sorted(opts.items()))
    return text


print(describe("Ann"), describe("Bob", "Hi"), describe("Cy", "Yo", "!", "!", sep="-"), describe("Di", x=1, a=2))
args = ("Eve", "Hey")
kwargs = {"sep": "_", "z": 0}
print(describe(*args, **kwargs))


def counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = counter(10)
print(c(), c(5), c())


def trace(fn):
    def wrapper(*a, **k):
        result = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {result}")
        return result

    return wrapper


@trace
def add(x, y):
    return x + y


add(2, 3)


def memoize(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return inner


@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(60), (lambda *xs: sum(xs))(1, 2, 3), (lambda x, y=2: x ** y)(5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "), list(map(compose(abs, lambda v: v - 10), [3, 15])))
try:
    describe(name="x")
except TypeError as e:
    print("TypeError:", e)
