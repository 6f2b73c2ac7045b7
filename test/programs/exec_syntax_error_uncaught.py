# An uncaught SyntaxError raised by exec() of a string
programs = ["a = 1", "b = a + 1", "print(a, b)"]
ns = {}
for p in programs:
    exec(p, ns)
print(ns["a"], ns["b"])
exec("if ns:\n    print('ok')\n  else:\n    pass", {"ns": ns})
