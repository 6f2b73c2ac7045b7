# operator.itemgetter / attrgetter / methodcaller: calls, reprs, errors, use as sort keys
import operator, _operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), list(map(itemgetter(0), rows)))
print(itemgetter(1)("abc"), itemgetter(-1, 0)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(None)), repr(itemgetter((1, 2))))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    child = None
p = Pt(1, 2); p.child = Pt(3, 4)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("child.y")(p), attrgetter("child.x", "x")(p))
print(attrgetter("real"), attrgetter("a", "b.c"), sorted([Pt(2, 0), Pt(1, 0)], key=attrgetter("x"))[0].x)
print(methodcaller("upper")("abc"), methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("count", "a")("banana"))
print(methodcaller("split", ",", maxsplit=1), methodcaller("f", 1, "a", k=[1]), methodcaller("m"))
print(type(itemgetter(1)), itemgetter.__name__, attrgetter.__module__, type(methodcaller("x")).__qualname__)
for bad in [lambda: itemgetter(), lambda: itemgetter(1, x=2), lambda: itemgetter(1)(), lambda: itemgetter(1)([1], 2),
            lambda: itemgetter(1)(x=1), lambda: itemgetter(5)([1]), lambda: attrgetter(), lambda: attrgetter(1),
            lambda: attrgetter("nope")(1), lambda: attrgetter("real.nope")(1), lambda: attrgetter("a.")(1),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller("nope")("a"), lambda: methodcaller("x")(),
            lambda: itemgetter("k")({}), lambda: attrgetter("x")()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"a", b"ab"), _operator._compare_digest(bytearray(b"x"), b"x"))
for a, b in [("a", b"a"), ("\xe9", "\xe9"), (1, 2), (b"a", "a")]:
    try:
        _operator._compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
import copy
for g in [itemgetter(1), itemgetter(0, 2), attrgetter("real"), attrgetter("a.b", "c"), methodcaller("split", ","), methodcaller("split", ",", maxsplit=1)]:
    c = copy.copy(g)
    print(c, type(c).__name__, c.__reduce__()[1])
print(copy.deepcopy(methodcaller("split", maxsplit=1))("a b c"))
