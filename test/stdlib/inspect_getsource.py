# inspect.getsource/getsourcelines/getcomments/getsourcefile on functions, classes, methods,
# decorated functions, lambdas, nested functions and a support module; inspect.getblock.
import inspect
import functools
import linecache
import _inspect_src_helper as h

# Comments for f
# (two lines)
def f(x):
    # inside
    return x + 1

class K:
    """Doc."""
    attr = 1

    def method(self, y):
        """method doc"""
        return y

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        return 1

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def decorated(a,
              b):
    return a, b

g = lambda x: x * 2
pair = (lambda: 1, lambda: 2)

def nest():
    def inner():
        return 1
    return inner

def oneliner(): return 42

async def coro():
    await something()

def gen():
    yield 1

for obj in [f, K, K.method, K.cm, K.prop.fget, decorated, g, pair[0], pair[1], nest(), oneliner, coro, gen,
            h.helper, h.Shape, h.Shape.area, h.Shape.make, h.Shape.Inner, h.square, h.outer(), h]:
    name = getattr(obj, "__qualname__", getattr(obj, "__name__", "?"))
    print("----", name)
    try:
        print(inspect.getsource(obj), end="")
        lines, start = inspect.getsourcelines(obj)
        print("lines", len(lines), "start", start)
        print("comments", repr(inspect.getcomments(obj)))
        print("file", inspect.getsourcefile(obj).rsplit("/", 1)[-1])
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

print(inspect.getblock(["def a():\n", "    return 1\n", "x = 2\n"]))
print(inspect.getblock(["if x:\n", "    pass\n", "  # c\n", "    y\n", "z\n"]))
print(inspect.getblock(["lambda: (1,\n", " 2)\n", "x\n"]))
print(inspect.getblock(["@d\n", "@e(1)\n", "def q():\n", "  pass\n", "r\n"]))
print(repr(linecache.getline(__file__, 8)))
print(len(linecache.getlines(h.__file__)))
print(inspect.getmodule(f).__name__, inspect.getmodule(h.helper).__name__)
print(inspect.unwrap(decorated) is not decorated)
print(inspect.getdoc(K.method), inspect.getdoc(h))
print(inspect.signature(decorated))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError", e)
try:
    inspect.getsource(1)
except TypeError as e:
    print("TypeError", e)
exec("def dyn(): pass")
try:
    inspect.getsource(dyn)
except OSError as e:
    print("OSError", e)
