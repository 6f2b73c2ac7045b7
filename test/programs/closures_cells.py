# Closures: shared cells, late binding, cells modified after closure creation, and introspection.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek

inc, peek = make_counter()
inc(); inc()
print(peek(), inc(), peek())
print(len(inc.__closure__), inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

def shared_cell():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(shared_cell())

def fixed_cells():
    def make(i):
        return lambda: i
    return [make(i)() for i in range(3)]
print(fixed_cells())

def modify_after():
    v = "before"
    def get():
        return v
    v = "after"
    return get()
print(modify_after())

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
print(outer("x")("y")("z"))

def arg_cell(x):
    def show():
        return x
    x = x * 2
    return show
print(arg_cell(21)())

def empty_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    print(f.__closure__[0])  if False else None
    try:
        f.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 5
    return f(), f.__closure__[0].cell_contents
print(empty_cell())

def class_in_closure():
    secret = "s3cret"
    class Hidden:
        def reveal(self):
            return secret
        value = secret.upper()
    return Hidden().reveal(), Hidden.value
print(class_in_closure())

def class_cell():
    class A:
        def who(self):
            return __class__.__name__
    return A().who()
print(class_cell())

def gen_closure():
    base = 100
    def gen(n):
        for i in range(n):
            yield base + i
    base = 200
    return list(gen(3))
print(gen_closure())

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulate()
add(1); add(2)
print(items)

def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(recursive_closure()(6))

def deleted_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()
print(make_counter.__closure__, (lambda: 0).__closure__)

def counter_factory():
    counters = {}
    def get(name):
        if name not in counters:
            n = 0
            def bump():
                nonlocal n
                n += 1
                return n
            counters[name] = bump
        return counters[name]
    return get
get = counter_factory()
print(get("a")(), get("a")(), get("b")(), get("a")())

def unbound_local_cell():
    def inner():
        return y
    print(inner())
    y = 3
unbound_local_cell()
