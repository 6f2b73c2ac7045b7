# eval / exec / compile: modes, namespaces, code objects, errors


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


# eval: expressions only, with default and explicit namespaces
x = 10
print(eval("x + 1"))
print(eval("x * y", {"x": 3, "y": 4}))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("  \t len('abc')"))
print(eval(b"2 ** 10"))


def scope_demo():
    local_value = 7
    return eval("local_value * 6")


print(scope_demo())

# exec: statements, returns None, writes into the namespace it is given
ns = {}
print(exec("def sq(n):\n    return n * n\nresult = sq(12)", ns))
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)
g = {"base": 100}
loc = {}
exec("total = base + 5\nitems = [i for i in range(3)]", g, loc)
print(sorted(loc.items()))
exec("counter = 0\nfor i in range(5):\n    counter += i")
print(counter)

# compile: code objects for each mode
c_exec = compile("z = 40 + 2", "<demo>", "exec")
c_eval = compile("z * 2", "<demo>", "eval")
print(type(c_exec).__name__, c_exec.co_filename, c_exec.co_name)
space = {}
exec(c_exec, space)
print(space["z"], eval(c_eval, space))
c_single = compile("z + 1", "<single>", "single")
exec(c_single, space)
exec(compile("None", "<single>", "single"))
exec(compile("if True:\n    'shown'\n", "<single>", "single"))
for v in [1, "two", [3]]:
    exec(compile("v", "<s>", "single"))
print(eval(compile("'abc'.upper()", "<e>", "eval")))
show("compile code", lambda: compile(c_eval, "other", "eval"))
print(compile("x", filename="kw", mode="eval").co_filename)
print(eval(compile("1 +\\\n 2", "<e>", "eval")))

# error paths
show("eval int", lambda: eval(42))
show("eval list globals", lambda: eval("1", []))
show("eval bad locals", lambda: eval("1", {}, 5))
show("eval stmt", lambda: eval("x = 1"))
show("exec int", lambda: exec(3.5))
show("exec globals", lambda: exec("pass", ()))
show("exec locals", lambda: exec("pass", {}, 7))
show("compile mode", lambda: compile("1", "f", "run"))
show("compile missing", lambda: compile("1"))
show("compile source", lambda: compile(12, "f", "exec"))
show("compile flags", lambda: compile("1", "f", "exec", 0x99999))
show("compile filename", lambda: compile("1", 5, "exec"))
show("null bytes", lambda: eval("1\0"))
show("name error", lambda: eval("undefined_name_here"))

for src in ["1 +", "def f(:\n  pass", "x = (1,\n", "  indented = 1", "return 5", "a b c"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))
        print("   str:", e)

e = SyntaxError("custom", ("file.py", 3, 4, "bad line\n", 3, 6))
print(e, e.args, e.msg, e.lineno, e.end_offset)
print(SyntaxError("only message"), SyntaxError().msg)
