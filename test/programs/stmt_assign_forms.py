# Assignment statements: chained, starred, nested targets, augmented, annotated, attribute/subscript targets.
a = b = c = [1, 2]
print(a is b, b is c, a)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (10, 20), 30
print(p, q, r)
[s, [t, u]] = "a", "bc"
print(s, t, u)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = 1, 2
print(head, mid, tail)
m, *n, o = [1, 2, 3, 4, 5, 6]
print(m, n, o)
for i, (j, *k) in enumerate([(1, 2, 3), (4,), (5, 6)]):
    print(i, j, k)

# targets evaluated left to right
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
    def __setattr__(self, k, v):
        log.append(("attr", k, v))
r1 = Rec()
r1[0] = r1.x = r1[1] = 5
print(log)

lst = [0, 1, 2, 3]
i = 0
i, lst[i] = 2, 99
print(i, lst)

# augmented assignment on every kind of target
n = 7
n += 3; n -= 1; n *= 2; n //= 4; n **= 3; n %= 50; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 0b101
print(n)
f = 10.0
f /= 4
print(f)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
class Box:
    pass
bx = Box()
bx.v = "ab"
bx.v += "cd"
bx.v *= 2
print(bx.v)
t = (1,)
t += (2, 3)
print(t)
sl = [1, 2, 3, 4, 5]
sl[1:3] = ["a", "b", "c"]
print(sl)
sl[::2] = [0, 0, 0]
print(sl)
del sl[::2]
print(sl)

# annotated assignment
count: int = 5
name: str
print(count, __annotations__ if False else "ann ok")
try:
    print(name)
except NameError as e:
    print(type(e).__name__, e)

# unpacking errors
for src in ([1, 2, 3], [1], "abcd", 5, None):
    try:
        a1, a2 = src
        print(a1, a2)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for src in ([1], [], (1, 2, 3)):
    try:
        q1, *q2, q3 = src
        print(q1, q2, q3)
    except ValueError as e:
        print(type(e).__name__, e)

def gen3():
    yield 1; yield 2; yield 3
try:
    g1, g2 = gen3()
except ValueError as e:
    print(type(e).__name__, e)
g1, *g2 = gen3()
print(g1, g2)

# swapping via attributes and items
class P:
    def __init__(self):
        self.a, self.b = 1, 2
pp = P()
pp.a, pp.b = pp.b, pp.a
print(pp.a, pp.b)
arr = [3, 1, 2]
arr[0], arr[2] = arr[2], arr[0]
print(arr)

# assignment to a tuple item fails
tt = (1, 2)
try:
    tt[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
x1, x2 = y1, y2 = 1, 2
print(x1, x2, y1, y2)
