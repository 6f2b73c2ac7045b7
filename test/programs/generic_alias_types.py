# Subscripted builtin types (types.GenericAlias) and X | Y unions as runtime objects.
aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[str], type[int],
           list[list[float]], dict[str, None], tuple[int, str, bool]]
for a in aliases:
    print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]() == set(), list[int].__name__ if hasattr(list[int], "__name__") else "?")
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(list[int]) == hash(list[int]), list[int].append is list.append)
unions = [int | str, int | None, None | int, int | str | int, list[int] | None, str | list[int] | bytes, int | (str | float)]
for u in unions:
    print(u, type(u).__name__, u.__args__ if hasattr(u, "__args__") else "")
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | None))
print((int | str) == (str | int), (int | str) == (int | str), int | str == int)

class Custom:
    pass
print(Custom | None, list[Custom], dict[Custom, Custom | None])
errors = [
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: isinstance(1, int | list[int]),
    lambda: int | 3,
    lambda: 3 | int,
    lambda: int["x"],
    lambda: Custom[int],
    lambda: list[int, str][0],
]
for f in errors:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
