# exec/eval of code objects: free variables need exec's closure=, argument checking of both builtins


def make_counter():
    count = 10

    def bump():
        nonlocal count
        count += 1
        print("  count is now", count)

    return bump


bump = make_counter()
print(bump.__code__.co_freevars, len(bump.__closure__), bump.__closure__[0].cell_contents)
exec(bump.__code__, {"print": print}, closure=bump.__closure__)
exec(bump.__code__, {"print": print}, closure=bump.__closure__)
bump()
print("shared cell:", bump.__closure__[0].cell_contents)

src = compile("def f(a):\n    b = a * 2\n    def g():\n        return a + b\n    return g", "<gen>", "exec")
ns = {}
exec(src, ns)
g = ns["f"](5)
print(g(), g.__code__.co_freevars)


def attempts():
    yield "eval with free vars", lambda: eval(g.__code__)
    yield "exec without closure", lambda: exec(g.__code__)
    yield "closure wrong length", lambda: exec(g.__code__, {}, closure=(g.__closure__[0],))
    yield "closure not cells", lambda: exec(g.__code__, {}, closure=(1, 2))
    yield "closure on a string", lambda: exec("pass", closure=())
    yield "too many positional", lambda: eval("1", {}, {}, 5)
    yield "exec no args", lambda: exec()
    yield "eval keyword", lambda: eval(source="1")
    yield "exec globals keyword", lambda: exec("x = 1", globals={})


for label, fn in attempts():
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "!! TypeError:", e)

plain = compile("result = sum(range(n))", "<plain>", "exec")
for n in (3, 10):
    space = {"n": n}
    exec(plain, space)
    print(n, space["result"], eval(compile("result * 2", "<e>", "eval"), space))
print(eval(compile("[x ** 2 for x in range(4)]", "<e>", "eval")), eval("lambda: 7")())
