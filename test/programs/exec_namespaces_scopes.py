# exec/eval namespaces: function locals snapshots, class bodies, closures, builtins injection, 'single' mode


def in_function():
    x = 1
    exec("x = 2\ny = 3")
    ns = {}
    exec("x = 2\ny = 3", globals(), ns)
    return x, sorted(ns.items()), "y" in locals()


print(in_function())


def reads_locals():
    secret = "visible"
    return eval("secret + '!'"), eval("[secret for _ in range(2)]")


print(reads_locals())


def closure_not_visible():
    hidden = "captured"

    def inner():
        return eval("hidden")
    try:
        return inner()
    except NameError as e:
        return f"NameError: {e}"


print(closure_not_visible())


class Body:
    a = 1
    exec("b = a + 1")
    c = eval("a + b")


print(Body.b, Body.c)

ns = {"__builtins__": {"len": len}}
print(eval("len('abcd')", ns))
try:
    eval("print('no print here')", ns)
except NameError as e:
    print("NameError:", e)

g = {}
exec("import_free = 1", g)
print(type(g["__builtins__"]).__name__, sorted(k for k in g if k != "__builtins__"))

code = compile("total = sum(values)\nprint('total is', total)", "<calc>", "exec")
for values in [[1, 2], range(5)]:
    space = {"values": values}
    exec(code, space)
    print(space["total"])
print(code.co_names, code.co_filename, code.co_firstlineno)

expr = compile("a * b", "<expr>", "eval")
print([eval(expr, {"a": i, "b": i + 1}) for i in range(4)])
shared = {}
exec("def f():\n    return helper() * 2\ndef helper():\n    return 21", shared)
print(shared["f"](), shared["f"].__module__ if "__name__" in shared else shared["f"].__module__)
exec("__name__ = 'custom'\ndef g():\n    pass", shared)
print(shared["g"].__module__)

for src in ["1 + 1", "x = 5", "[i * i for i in range(3)]", "None", "'text'", "if True:\n    42\n"]:
    print("single:", repr(src))
    exec(compile(src, "<single>", "single"), {})
loc = {"k": 1}
exec("k += 1\nm = k * 10", {}, loc)
print(loc)
print(eval("(lambda q: q ** 2)(7)"), eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "n"}))
