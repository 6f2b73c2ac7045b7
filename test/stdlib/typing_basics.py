import typing
from typing import (Any, Callable, ClassVar, Generic, Literal, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union,
                    cast, get_args, get_origin, overload, runtime_checkable, Final, Annotated, Self, NewType)

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box[int](3).get(), Box.__parameters__, Box[int].__origin__ is Box)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], int | str)
print(List := typing.List[int], typing.Dict[str, int], typing.Tuple[int, ...], Callable[[int, str], bool])
print(get_origin(list[int]), get_args(dict[str, int]), get_args(Callable[[int], str]), get_origin(Literal[1]))
print(Literal["a", "b"], Annotated[int, "meta"], ClassVar[int], Final[str])

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Brazil"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        pass

print(isinstance(F(), Closer), isinstance(3, Closer))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, cast(int, "x"))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2), typing.get_overloads(f) != [])

def g(a: int, b: "str" = "x") -> list[int]:
    return [a]
print(typing.get_type_hints(g))

class Node[V]:
    def __init__(self, v: V):
        self.v = v
print(Node.__type_params__, Node[int])
type Pair[X] = tuple[X, X]
print(Pair, Pair.__value__, Pair[int], Pair.__type_params__)
print(typing.TYPE_CHECKING, Any, typing.NoReturn, typing.Never, Self)
