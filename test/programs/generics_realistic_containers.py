# Generic containers and functions with PEP 695 syntax, used as ordinary runtime classes


class Result[T, E: Exception]:
    __slots__ = ("value", "error")

    def __init__(self, value: T | None = None, error: E | None = None):
        self.value = value
        self.error = error

    @classmethod
    def ok(cls, value: T) -> "Result[T, E]":
        return cls(value=value)

    @classmethod
    def fail(cls, error: E) -> "Result[T, E]":
        return cls(error=error)

    def map[U](self, fn) -> "Result[U, E]":
        return self if self.error else Result.ok(fn(self.value))

    def unwrap(self) -> T:
        if self.error:
            raise self.error
        return self.value

    def __repr__(self):
        return f"Ok({self.value!r})" if self.error is None else f"Err({self.error!r})"


type Parsed = Result[int, ValueError]


def parse_int(text: str) -> Parsed:
    try:
        return Result.ok(int(text))
    except ValueError as e:
        return Result.fail(e)


class Registry[K, V]:
    def __init__(self) -> None:
        self._items: dict[K, V] = {}

    def register(self, key: K):
        def deco(value: V) -> V:
            self._items[key] = value
            return value
        return deco

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __len__(self) -> int:
        return len(self._items)


def first_where[T](items: list[T], pred) -> T | None:
    for item in items:
        if pred(item):
            return item
    return None


results = [parse_int(s) for s in ["10", "x", "-3"]]
print(results, [r.map(lambda v: v * 2) for r in results])
print([r.unwrap() for r in results if r.error is None])
try:
    results[1].unwrap()
except ValueError as e:
    print("ValueError:", e)
handlers: Registry[str, object] = Registry()


@handlers.register("upper")
def upper(s):
    return s.upper()


@handlers.register("rev")
def rev(s):
    return s[::-1]


print(len(handlers), handlers["upper"]("abc"), handlers["rev"]("abc"))
print(first_where([1, 4, 9, 16], lambda v: v > 5), first_where([], bool))
print(Result.__type_params__, Result.map.__type_params__, first_where.__type_params__)
T, E = Result.__type_params__
print(E.__bound__, T.__bound__, Parsed.__value__, Result[int, KeyError], Registry[str, int]().__class__ is Registry)
print(Result.ok.__annotations__["return"], parse_int.__annotations__)
