# Calling the special methods of builtin types directly, including NotImplemented results.
print("ab".__add__("c"), "ab".__mul__(3), "ab".__rmul__(2), "a".__eq__("a"), "a".__eq__(1), "a".__ne__("b"))
print("a".__lt__("b"), "b".__ge__("a"), "a".__lt__(1), "abc".__len__(), "abc".__getitem__(1), "abc".__contains__("bc"), "x".__hash__() == hash("x"))
print([1].__add__([2]), [1].__mul__(2), [1, 2].__eq__([1, 2]), [1].__lt__([2]), [1].__eq__("x"), [3].__rmul__(2))
lst = [1]
print(lst.__iadd__((2, 3)) is lst, lst, lst.__imul__(2) is lst, lst, next(lst.__reversed__()))
print((1,).__add__((2,)), (1,).__mul__(3), (1, 2).__lt__((1, 3)), (1,).__eq__([1]), (1, 2).__hash__() == hash((1, 2)), (5,).__rmul__(2))
d = {"a": 1}
print(d.__or__({"b": 2}), d.__or__([1]), d.__ror__({"z": 0}), d.__eq__({"a": 1}), d.__ne__({}), d.__len__(), d.__getitem__("a"), d.__contains__("a"))
print(d.__ior__({"c": 3}) is d, d, d.__lt__({}), d.__class__.__name__, d.__setitem__("e", 5), d.__delitem__("a"), d)
s = {1, 2}
print(s.__or__({3}), s.__and__({2}), s.__sub__({1}), s.__xor__({1, 5}), s.__or__([3]), s.__eq__({1, 2}), s.__le__({1, 2, 3}), s.__lt__(s))
print(s.__ior__({9}) is s, sorted(s), s.__len__(), s.__contains__(9), frozenset({1}).__or__({2}), frozenset().__hash__() == hash(frozenset()))
print((1).__add__(2), (1).__radd__(2), (2).__pow__(3, 5), (7).__divmod__(2), (1.5).__mul__(2), (1.5).__rtruediv__(3), True.__or__(False))
print(b"ab".__add__(b"c"), b"ab".__add__("c") if False else b"ab".__mul__(2), b"a".__eq__(b"a"), b"a".__eq__("a"), b"abc".__getitem__(0), b"abc".__len__())
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3), range(3).__eq__(range(0, 3)), slice(1).__eq__(slice(1)))
print(None.__eq__(None), None.__ne__(1), None.__hash__() == hash(None), None.__bool__(), None.__repr__(), type(None).__name__)
print(object().__eq__(1), object.__eq__(None, None), int.__add__(1, 2), str.__len__("abc"), list.__len__([1]), dict.__len__({}), tuple.__len__(()))
print(str.__add__("a", "b"), list.__add__([1], [2]), tuple.__add__((1,), (2,)), dict.__or__({1: 2}, {3: 4}), set.__or__({1}, {2}))

errors = [
    lambda: "a".__add__(),
    lambda: "a".__add__("b", "c"),
    lambda: str.__add__(1, "a"),
    lambda: list.__len__("abc"),
    lambda: [].__getitem__(),
    lambda: dict.__getitem__({}, "k"),
    lambda: {}.__setitem__("k"),
    lambda: (1,).__getitem__(5),
    lambda: "x".__mul__("y"),
    lambda: [].__iadd__(5),
    lambda: int.__add__("a", 1),
    lambda: "ab".__add__(1),
    lambda: [1].__add__((2,)),
    lambda: (1,).__add__([2]),
    lambda: b"a".__add__("b"),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
