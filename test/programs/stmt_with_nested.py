# with statements: __enter__/__exit__ protocol, suppression, exit arguments, nesting and errors.
class CM:
    def __init__(self, name, suppress=False, log=None):
        self.name = name
        self.suppress = suppress
        self.log = log if log is not None else []
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}")
        return self.suppress

log = []
with CM("a", log=log) as a, CM("b", log=log) as b:
    log.append(f"body {a.name} {b.name}")
print(log)

log = []
with CM("outer", suppress=True, log=log):
    with CM("inner", log=log):
        raise ValueError("x")
    log.append("unreached")
log.append("after")
print(log)

log = []
try:
    with CM("nosup", log=log):
        raise KeyError("k")
except KeyError as e:
    log.append(f"caught {e!r}")
print(log)

def ret_in_with():
    log = []
    with CM("r", log=log):
        return log
print(ret_in_with())

def loop_with():
    log = []
    for i in range(3):
        with CM(str(i), log=log):
            if i == 1:
                continue
            if i == 2:
                break
    return log
print(loop_with())

class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in (NoEnter(), NoExit(), 42):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return "val"
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with ExitRaises() as v:
        print("got", v)
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "ctx:", repr(e.__context__))

class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except OSError as e:
    print(type(e).__name__, e)

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class SupTruthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return Truthy(True)
with SupTruthy():
    raise ZeroDivisionError
print("suppressed via __bool__")

class Tup:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        return False
with Tup() as (x, (y, z)):
    print(x, y, z)
d = {}
with Tup() as d["k"]:
    pass
print(d)

with (CM("p1", log=[]) as p1,
      CM("p2", log=p1.log) as p2):
    pass
print(p1.log)

import sys
class SeeExc:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("in exit, sys.exception():", repr(sys.exception()))
        return True
with SeeExc():
    raise IndexError("seen")
print("end", repr(sys.exception()))

class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2, Reentrant.depth)
print("final depth", Reentrant.depth)

with CM("last"):
    raise LookupError("uncaught through with")
