# closures: late binding in loops, capturing with default arguments, nonlocal chains across
# several levels, cell objects, closures over loop variables in comprehensions, and errors
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = []
for k in range(3):
    def add(x, k=k):
        return x + k
    adders.append(add)
print([a(10) for a in adders])
late = []
for k in range(3):
    late.append(lambda x: x + k)
print([a(10) for a in late], k)

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek
inc, peek = make_counter()
inc(); inc(5)
print(peek(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, peek.__code__.co_freevars)
inc2, peek2 = make_counter()
print(inc2(), peek(), peek2())

def level1():
    x = "L1"
    def level2():
        def level3():
            nonlocal x
            x = x + "->L3"
            return x
        return level3
    f = level2()
    print(f(), x)
    return f
again = level1()
print(again(), again.__closure__[0].cell_contents)

def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())

def unbound():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print("NameError", e)
    value = 1
    return read()
print(unbound())

def del_cell():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print("NameError", e)
del_cell()

# the loop variable of a comprehension is its own scope
x = "global x"
squares = [x * x for x in range(4)]
print(x, squares)
gen_funcs = [(lambda: n) for n in range(3)]
print([g() for g in gen_funcs])
# class bodies don't form closures for their methods
class Scope:
    name = "class attr"
    def method(self):
        try:
            return name
        except NameError as e:
            return f"NameError {e}"
    values = [1, 2]
    doubled = [v * 2 for v in values]
print(Scope().method(), Scope.doubled)

# a memoizing decorator built on a closure
def memo(fn):
    cache = {}
    calls = 0
    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = lambda: (calls, len(cache))
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.stats())
print(type(inc.__closure__[0]).__name__, make_counter.__closure__, (lambda: 0).__closure__)
for src in ["def f():\n    nonlocal q\n", "nonlocal z\n", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
