# The builtin types reachable from builtins: object, type(), slice, range, the container
# constructors, staticmethod/classmethod/property, and how isinstance sees the iterator types.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


objs = [abs, all, any, ascii, bin, bool, callable, chr, delattr, dict, dir, divmod, enumerate, filter, float, format,
        frozenset, getattr, globals, hasattr, hash, hex, id, int, isinstance, issubclass, iter, len, list, locals, map, max,
        min, next, object, oct, ord, pow, print, range, repr, reversed, round, set, setattr, slice, sorted, str, sum, super,
        tuple, type, vars, zip, staticmethod, classmethod, property, aiter, anext]
print([o.__name__ for o in objs if isinstance(o, type)])
print([o.__name__ for o in objs if not isinstance(o, type)])

o = object()
show("type(o).__name__", lambda: type(o).__name__)
show("object(1)", lambda: object(1))
show("o.x = 1", lambda: setattr(o, "x", 1))
show("o == o, o != object()", lambda: (o == o, o != object()))
show("str(o) == repr(o)", lambda: str(o) == repr(o))

show("slice(3)", lambda: slice(3))
show("slice(1, 5)", lambda: slice(1, 5))
show("slice(1, 5, 2)", lambda: slice(1, 5, 2))
show("'abcdefgh'[slice(1, None, 3)]", lambda: "abcdefgh"[slice(1, None, 3)])
show("list(range(10))[slice(-3, None)]", lambda: list(range(10))[slice(-3, None)])

show("range(5)", lambda: range(5))
show("range(1, 10, 2)", lambda: range(1, 10, 2))
show("list(range(10, 0, -3))", lambda: list(range(10, 0, -3)))
show("range(0, 5, 0)", lambda: range(0, 5, 0))
show("range(1.5)", lambda: range(1.5))
show("len(range(0, 10**6, 7))", lambda: len(range(0, 10**6, 7)))
show("5 in range(0, 10, 5), 6 in range(0, 10, 5)", lambda: (5 in range(0, 10, 5), 6 in range(0, 10, 5)))
show("range(10)[3], range(10)[-1]", lambda: (range(10)[3], range(10)[-1]))

show("list('abc'), tuple([1, 2]), set('aab') == {'a', 'b'}", lambda: (list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}))
show("dict([('a', 1)], b=2)", lambda: dict([("a", 1)], b=2))
show("dict(a=1, **{'b': 2})", lambda: dict(a=1, **{"b": 2}))
show("sorted(frozenset([3, 1, 2]))", lambda: sorted(frozenset([3, 1, 2])))
show("list(5)", lambda: list(5))
show("tuple(1, 2)", lambda: tuple(1, 2))
show("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
show("str(), int(), float(), bool(), list(), tuple(), dict()", lambda: (str(), int(), float(), bool(), list(), tuple(), dict()))


class Temp:
    scale = "C"

    def __init__(self, deg):
        self._deg = deg

    @property
    def deg(self):
        return self._deg

    @staticmethod
    def unit():
        return "degrees"

    @classmethod
    def make(cls, v):
        return cls(v)


t = Temp.make(21)
show("t.deg, Temp.unit(), t.unit(), type(t).__name__", lambda: (t.deg, Temp.unit(), t.unit(), type(t).__name__))
show("isinstance(Temp.__dict__['unit'], staticmethod)", lambda: isinstance(Temp.__dict__["unit"], staticmethod) if hasattr(Temp, "__dict__") else True)
show("isinstance(enumerate([]), enumerate)", lambda: isinstance(enumerate([]), enumerate))
show("isinstance(zip(), zip), isinstance(map(abs, []), map)", lambda: (isinstance(zip(), zip), isinstance(map(abs, []), map)))
show("isinstance(filter(None, []), filter)", lambda: isinstance(filter(None, []), filter))
show("isinstance(reversed((1,)), reversed)", lambda: isinstance(reversed((1,)), reversed))
show("isinstance(reversed([1]), reversed)", lambda: isinstance(reversed([1]), reversed))
show("type(enumerate) is type", lambda: type(enumerate) is type)
show("issubclass(bool, int), issubclass(int, object)", lambda: (issubclass(bool, int), issubclass(int, object)))
show("bool.__mro__", lambda: bool.__mro__)
show("int.__name__, float.__qualname__", lambda: (int.__name__, float.__qualname__))
