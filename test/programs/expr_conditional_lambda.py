# Conditional expressions, boolean operators' short-circuit values, and lambdas (defaults, closures, nesting).
def trace(tag, value):
    print("eval", tag)
    return value

print(trace("a", 0) or trace("b", "") or trace("c", "last"))
print(trace("a", 1) and trace("b", [1]) and trace("c", None))
print(trace("x", []) and trace("never", 1))
print(trace("y", 3) or trace("never", 1))
print(not trace("n", ""), not trace("m", [0]))
print(1 if trace("cond", True) else trace("else", 2))
print(trace("then", 1) if trace("cond", 0) else "fallback")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print("a" if 0 else "b" if 0 else "c" if 1 else "d")
x = 5
print("big" if x > 3 else "small", "pos" if x else "zero")
print((lambda: "nothing")())
sq = lambda v: v * v
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *rest, k=1, **kw: (a, b, rest, k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
adders = [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in adders])
make = lambda n: lambda m: n * m
print(make(3)(4))
compose = lambda *fs: (lambda v: [v := f(v) for f in fs][-1])
print(compose(lambda v: v + 1, lambda v: v * 2, str)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda x, /, y: x - y)(10, y=3))
print((lambda: (yield))().__class__.__name__)
class Holder:
    f = lambda self: f"bound {type(self).__name__}"
    g = staticmethod(lambda: "static")
print(Holder().f(), Holder.g())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda a: a)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)()
except TypeError as e:
    print(type(e).__name__, e)
print(0 or 0.0 or None or False)
print(1 and 2.5 and "s")
print([] or {} or ())
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
    def __repr__(self):
        return "Falsy()"
print(Falsy() or "fallback")
print(Falsy() and "never")
print("yes" if Falsy() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    print("x" if BadBool() else "y")
except TypeError as e:
    print(type(e).__name__, e)
class LenBool:
    def __len__(self):
        return 0
print(bool(LenBool()), "t" if LenBool() else "f")
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
f = lambda: undefined_name
f()
