# functools.partial (the _functools type): calls, flattening, Placeholder, repr, attributes, methods
from _functools import partial, Placeholder

def f(*args, **kw):
    return args, kw
p = partial(f, 1, x=2)
print(p(3, y=4), p(), p(x=5), p.func is f, p.args, p.keywords, type(p).__name__)
pp = partial(p, 9, z=0)
print(pp.func is f, pp.args, pp.keywords, pp())
print(partial(f, Placeholder, 2)(1), partial(f, Placeholder, Placeholder, 3)(1, 2, 4), partial(partial(f, Placeholder, 2), 1)())
q = partial(f, Placeholder, Placeholder, 3)
print(partial(q, 1).args, partial(q, 1)(2), partial(q, 1, 2, 5).args, repr(Placeholder), type(Placeholder)() is Placeholder)
print(repr(partial(f, 1, Placeholder, 2, a=[1]))[-27:], repr(partial(len)), partial(int, base=2)("101"))
d = {}
rec = partial(f, d)
d["me"] = rec
print(repr(rec)[-14:])
class P(partial):
    pass
sp = P(len, "ab")
print(repr(sp), sp(), isinstance(sp, partial), P(sp).args)
class A:
    m = partial(f, "bound")
    def __repr__(self): return "A()"
a = A()
print(a.m(1), A.m(2))
p.attr = 7
print(p.attr, p.__dict__, partial(p, 0).func is p, partial[int])
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(f, 1, Placeholder), lambda: partial(f, x=Placeholder),
            lambda: partial(f, Placeholder, 2)(), lambda: q(1), lambda: type(Placeholder)(1), lambda: setattr(p, "func", 1),
            lambda: partial(f, **{"a": 1}).__call__(b=2, a=3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import copy
cp = copy.copy(partial(f, 1, Placeholder, 3, k=2))
print(cp.args, cp.keywords, cp(0), copy.deepcopy(partial(f, [1])).args)
for state in [1, (1,), (f, (1,), None, None), (1, (), None, None), (f, (Placeholder,), None, None)]:
    try:
        pz = partial(f); pz.__setstate__(state); print(pz.args, pz.keywords)
    except TypeError as e:
        print("TypeError", e)
