# global and nonlocal declarations, closures over loop variables, class-scope name resolution.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get

add, get = make_acc()
print(add(5), add(10), get())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner-set"
            return x
        inner()
        return x
    return middle(), x

print(outer())

def define_global():
    global newly
    newly = "made in function"
define_global()
print(newly)

def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow()

def nl_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = []
    for i in range(3):
        gs.append(lambda i=i: i)
    return [f() for f in fs], [g() for g in gs]
print(nl_loop())

x = "global x"
class K:
    x = "class x"
    y = x
    def meth(self):
        return x
    z = [x for _ in range(1)]
print(K.y, K().meth(), K.z)

def f2():
    v = "enclosing"
    class Inner:
        v = "class-level"
        def m(self):
            return v
        w = v
    return Inner().m(), Inner.w
print(f2())

def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s1, s2 = counter_gen(), counter_gen()
print(s1(), s1(), s1(), s2())

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 100
                return a
            return l3()
        return l2()
    r = l1()
    return r, a
print(deep())

def gl_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(gl_in_nested(), counter)

def func_with_global_del():
    global tmpg
    tmpg = 1
    del tmpg
    try:
        return tmpg
    except NameError as e:
        return str(e)
print(func_with_global_del())

print(sorted(k for k in make_acc.__code__.co_cellvars))
print(add.__code__.co_freevars, add.__closure__[0].cell_contents)

def unbound_free():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return inner()
print(unbound_free())
