# Edge cases of the compiled tier (src/interp/vm/jit.ts): each function runs well past the
# compile threshold, so its later calls are compiled code, and must behave as the first ones did.
import sys


def arith(a, b):
    out = []
    for op in ("+", "-", "*", "/"):
        try:
            if op == "+":
                r = a + b
            elif op == "-":
                r = a - b
            elif op == "*":
                r = a * b
            else:
                r = a / b
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    x = a
    try:
        x += b
        x -= b
        x *= 1
    except TypeError as e:
        x = "TypeError: " + str(e)
    return out, repr(x)


def compare(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


class F(float):
    def __add__(self, other):
        return "F.__add__"


class I(int):
    def __lt__(self, other):
        return "I.__lt__"


values = [0, -0.0, 0.0, 1, -7, 3.5, 2**53 - 1, 2**53, -(2**53), 2**70, 1e308, float("inf"),
          float("nan"), True, F(1.5), I(4)]
seen = {}
for rep in range(80):
    for a in values:
        for b in values:
            key = (repr(a), repr(b))
            r = (arith(a, b), [repr(x) for x in compare(a, b)])
            if rep == 0:
                seen[key] = r
            elif seen[key] != r:
                print("changed when compiled:", key, seen[key], r)
print(len(seen), "pairs")
for key in [("0", "-0.0"), ("-7", "0"), ("9007199254740991", "9007199254740991"), ("-7", "3.5"),
            ("1e+308", "1e+308"), ("nan", "nan"), ("True", "1"), ("1.5", "1"), ("4", "1")]:
    print(key, seen[key])


def subscripts(seq, i):
    try:
        return seq[i]
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__


for rep in range(70):
    got = [subscripts([1, 2, 3], i) for i in (-4, -3, -1, 0, 2, 3)]
    got += [subscripts((1, 2), i) for i in (-1, 5)]
    got += [subscripts({"a": 1, 2: "b"}, k) for k in ("a", "z", 2, 3)]
    got += [subscripts("xyz", 1), subscripts([1], "x")]
print(got)


def stores(n):
    d = {}
    lst = [0] * 3
    for i in range(n):
        lst[i % 3] = i
        lst[-1] = -i
        d[i % 4] = i
        d["k"] = i
    try:
        lst[5] = 1
    except IndexError as e:
        lst.append(str(e))
    return lst, sorted(d.items(), key=repr)


for rep in range(70):
    r = stores(10)
print(r)


def unbound(flag):
    if flag:
        x = 1
    return x


for rep in range(70):
    try:
        unbound(rep < 69)
    except UnboundLocalError as e:
        print(rep, e)


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


for rep in range(70):
    try:
        deep(5)
    except ValueError as e:
        tb = e.__traceback__
        depth = 0
        while tb:
            depth += 1
            tb = tb.tb_next
        last = (rep, depth, str(e))
print(last)


def handled_in_middle(n):
    if n == 0:
        return 1 // 0
    if n == 3:
        try:
            return handled_in_middle(n - 1)
        except ZeroDivisionError as e:
            return "handled at 3: " + str(e)
    return handled_in_middle(n - 1)


for rep in range(70):
    r = handled_in_middle(6)
print(r)


def context_chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError as e:
            return repr(e.__context__)


for rep in range(70):
    r = context_chain()
print(r)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


print(recurse(900))
sys.setrecursionlimit(5000)
print(recurse(4000))
sys.setrecursionlimit(1000)
try:
    recurse(2000)
except RecursionError as e:
    print("RecursionError", e)


def gen(n):
    for i in range(n):
        yield i * i


def uses_gen(n):
    return sum(gen(n)) + sum(x for x in range(n) if x % 2)


for rep in range(70):
    r = uses_gen(rep)
print(r)


def kw(a, b=2, *args, c=3, **kws):
    return a, b, args, c, sorted(kws.items())


def calls(n):
    out = []
    for i in range(n):
        out.append(kw(i))
        out.append(kw(i, c=5))
        out.append(kw(i, 1, 2, 3, d=4))
        out.append(kw(*(i, 9), **{"e": 1}))
    return out[-4:]


for rep in range(70):
    r = calls(3)
print(r)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name


def attrs(n):
    p = Point(3, 4)
    t = 0
    for i in range(n):
        p.x = i
        t += p.norm2()
    d = Dyn()
    return t, d.anything, len.__name__, (1).real


for rep in range(70):
    r = attrs(5)
print(r)


def closures(n):
    acc = []

    def add(v):
        acc.append(v)
        return len(acc)

    total = 0
    for i in range(n):
        total += add(i)
    return total, acc[-1]


for rep in range(70):
    r = closures(10)
print(r)


def fstrings(n):
    s = []
    for i in range(n):
        s.append(f"{i}:{i!r}:{i / 3:.2f}:{'x' * (i % 3)}")
    return s[-1]


for rep in range(70):
    r = fstrings(5)
print(r)


def interrupted_iteration(n):
    total = 0
    for i in range(n):
        if i == 5:
            continue
        if i == 8:
            break
        total += i
    else:
        total = -1
    return total


for rep in range(70):
    r = interrupted_iteration(20), interrupted_iteration(3)
print(r)


def while_loops(n):
    i = 0
    out = []
    while True:
        i += 1
        if i % 2:
            continue
        out.append(i)
        if i > n:
            break
    return out


for rep in range(70):
    r = while_loops(9)
print(r)


def frame_lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a, f.f_code.co_name, sys._getframe(1).f_code.co_name


for rep in range(70):
    r = frame_lines()
print(r)

# a module-level loop (run from the eval loop's backward jumps)
acc = 0
for i in range(500):
    acc += i * 2.5
    acc -= i // 3
print(acc)
