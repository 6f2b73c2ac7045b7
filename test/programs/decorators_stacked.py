# Decorators: stacking order, decorators with arguments, class decorators, and decorating methods.
calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def tag(label):
    print("tag factory", label)
    def deco(fn):
        print("applying tag", label, "to", fn.__name__)
        fn.tags = getattr(fn, "tags", []) + [label]
        return fn
    return deco

@trace
@tag("outer")
@tag("inner")
def greet(name):
    return f"hello {name}"

print(greet("bob"), greet.__name__, greet.__wrapped__.tags, calls)

def order(name):
    print("evaluate decorator expression", name)
    def d(f):
        print("apply", name)
        return f
    return d

@order("first")
@order("second")
@order("third")
def f():
    pass

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha:
    pass
@register(REG)
class Beta:
    pass
print(sorted(REG))

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

class Service:
    @staticmethod
    @trace
    def helper(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    @trace
    def value(self):
        return 42
print(Service.helper(4), Service().helper(5), Service.make(), Service().value, calls[-3:])

@lambda fn: fn()
def immediately():
    return "called at definition"
print(immediately)

decorators = {"twice": lambda f: lambda *a: f(f(*a))}
@decorators["twice"]
def inc(v):
    return v + 1
print(inc(5))

@(lambda c: c)
class Plain:
    x = 1
print(Plain.x)

def returns_none(f):
    return None
@returns_none
def vanished():
    pass
print(vanished)

def not_callable_deco():
    try:
        @5
        def g():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
not_callable_deco()

def bad_args(a):
    def d(f):
        return f
    return d
try:
    @bad_args()
    def h():
        pass
except TypeError as e:
    print(type(e).__name__, e)

def counting(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counting
class Widget:
    def __init__(self, name):
        self.name = name
Widget("a"); Widget("b")
print(Widget.instances)
Widget()
