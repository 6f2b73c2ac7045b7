# compile(): optimize levels (asserts, __debug__, docstrings), future flags, dont_inherit, modes

SOURCE = '''
"""module docstring"""
assert check(), "assertion message"
print("debug is", __debug__)


def documented():
    """function docstring"""
    return documented.__doc__


class Documented:
    """class docstring"""

    def method(self):
        """method docstring"""


print(documented(), Documented.__doc__, Documented.method.__doc__)
if True:
    def nested():
        "nested docstring"
    print(nested.__doc__)
'''


def check():
    print("  check() was evaluated")
    return False


for level in (-1, 0, 1, 2):
    code = compile(SOURCE, f"<opt{level}>", "exec", optimize=level)
    ns = {"check": check}
    try:
        exec(code, ns)
        print(level, "module doc:", ns.get("__doc__"))
    except AssertionError as e:
        print(level, "AssertionError:", e)

ANN = "x: undefined_name = 1\nclass A:\n    y: List[int]\n    z: 'quoted'\nresult = (__annotations__, A.__annotations__)"
deferred = compile(ANN, "<ann>", "exec", flags=0x1000000)
print(deferred.co_flags & 0x1000000)
ns = {}
exec(deferred, ns)
print(ns["result"])
eager = compile(ANN.replace("x: undefined_name = 1\n", ""), "<ann>", "exec", dont_inherit=True)
ns = {"List": list}
exec(eager, ns)
print(ns["result"][1], "__annotations__" in ns)
print(compile("1", "<e>", "eval", 0, True, 0).co_flags == compile("1", "<e>", "eval").co_flags)
for args, kwargs in [(("1", "<e>", "eval"), {"optimize": 5}), (("1", "<e>"), {"mode": "exec", "flags": 0x400000 * 64}),
                     (("1", "<e>", "exec", 0, 0, 0, 0), {}), (("1",), {"filename": "f", "mode": "eval", "bogus": 1})]:
    try:
        compile(*args, **kwargs)
        print("compiled", args, kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
