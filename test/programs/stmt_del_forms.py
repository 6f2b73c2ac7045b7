# del on names, attributes, items, slices, tuples of targets, and their errors.
a = 1
b = [1, 2, 3, 4, 5, 6]
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)

del b[0]
print(b)
del b[1:3]
print(b)
del b[-1], b[0]
print(b)
try:
    del b[10]
except IndexError as e:
    print(type(e).__name__, e)

d = {"x": 1, "y": 2, "z": 3}
del d["x"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
(x, y) = (1, 2)
del (x, y)
print("x" in dir(), "y" in dir())
[p, q] = 3, 4
del [p, q]
print("p" in globals())

class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
del c.inst
print(hasattr(c, "inst"))
try:
    del c.inst
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(C, "cls_attr"))

def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())

def g():
    w = 5
    def inner():
        return w
    del w
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(g())

class Tracker:
    def __init__(self):
        self.log = []
    def __delitem__(self, k):
        self.log.append(("delitem", k))
    def __delattr__(self, k):
        if k == "log":
            raise AttributeError("cannot delete log")
        self.log.append(("delattr", k))
t = Tracker()
del t[1], t["a":"b"], t.foo
del t[1:2, 3]
print(t.log)
try:
    del t.log
except AttributeError as e:
    print(type(e).__name__, e)

try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = {1, 2}
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

def h():
    global gv
    gv = 10
    del gv
h()
print("gv" in globals())

for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)

try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
