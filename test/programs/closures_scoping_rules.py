# Name resolution: LEGB, closures over loop variables, nonlocal/global, class scopes, comprehensions

x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def rebinder():
        nonlocal x
        x = "rebound"

    before = inner()
    rebinder()
    return before, inner(), x


print(outer())


def make_counters():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counters()
inc()
inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counters.__code__.co_cellvars)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def set_global():
    global x, created_later
    x = "changed"
    created_later = True


set_global()
print(x, created_later)


class Scope:
    value = 10
    doubled = [value * 2 for _ in range(1)] if False else None
    items = [n for n in range(3)]

    def method(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"


print(Scope().method(), Scope.items, Scope.doubled)


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y


unbound()


def deleted():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(deleted())


def free_deleted():
    v = 1

    def read():
        return v

    del v
    try:
        return read()
    except NameError as e:
        return f"NameError: {e}"


print(free_deleted())
total = sum(i * i for i in range(4))
print(total, [(i, j) for i in range(2) for j in range(i + 1)], {i: [j for j in range(i)] for i in range(3)})
fns = {}
for name in ["a", "b"]:
    def handler(n=name):
        return n.upper()
    fns[name] = handler
print({k: v() for k, v in fns.items()})


def shadow_builtin():
    len = lambda s: -1
    return len("abc")


print(shadow_builtin(), len("abc"))
for bad in ["def f():\n    global q\n    q = 1\n    nonlocal q", "def g():\n    nonlocal w", "nonlocal top",
            "def h(a):\n    global a", "def k():\n    x = 1\n    global x"]:
    try:
        compile(bad, "<scope>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
