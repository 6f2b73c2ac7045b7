# typing as libraries introspect it: get_type_hints (forward refs, Optional, Annotated),
# get_origin/get_args, TypedDict, NamedTuple, Protocol + runtime_checkable, Generic subclasses,
# overload, Literal, ParamSpec/TypeVarTuple/TypeVar reprs, NewType, cast, dataclass_transform, reprs.
from __future__ import annotations

import collections.abc
import typing
from typing import (Annotated, Any, Callable, ClassVar, Final, Generic, Literal, NamedTuple, NewType, NotRequired,
                    Optional, ParamSpec, Protocol, Required, TypedDict, TypeVar, TypeVarTuple, Union, get_args,
                    get_origin, get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound=collections.abc.Hashable)
N = TypeVar("N", int, float)
Co = TypeVar("Co", covariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, K, N, Co, P, Ts, K.__bound__, N.__constraints__, Co.__covariant__, P.args, P.kwargs, *Ts)

hints = [int | None, Optional[int], Union[int, str, None], list[dict[str, tuple[int, ...]]], Callable[[int, str], bool],
         Callable[..., T], Callable[P, T], Annotated[int, "meta", 3], Literal["a", 1, None], tuple[()], type[int],
         collections.abc.Mapping[str, Any], typing.List[int], typing.Dict[str, typing.Set[bytes]], ClassVar[int],
         Final[str], tuple[int, *Ts], typing.Concatenate[int, P]]
for h in hints:
    print(repr(h), "|", get_origin(h), "|", get_args(h))
print(Union[int, int, str] == Union[str, int], Optional[Union[int, None]], Literal[1, 1, 2], Union[int])
print(int | str == Union[int, str], list[int] == list[int], typing.List[int] == list[int], hash(list[int]) == hash(list[int]))


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Series(Movie, total=False):
    seasons: Required[int]
    rating: float


m: Movie = {"title": "Alien"}
print(sorted(Movie.__required_keys__), sorted(Series.__required_keys__), sorted(Series.__optional_keys__), Series.__total__)
print(get_type_hints(Series), Movie(title="x", year=1), type(m))
print(get_type_hints(Series, include_extras=True)["year"])


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self) -> Employee:
        return self._replace(level=self.level + 1)


e = Employee("ann")
print(e, e.promote(), Employee._fields, Employee._field_defaults, e._asdict(), Employee.__annotations__)
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class HasArea(Protocol):
    area: float


class File:
    def close(self):
        return None


print(isinstance(File(), SupportsClose), isinstance(3, SupportsClose), issubclass(File, SupportsClose))
try:
    isinstance(File(), HasArea)
except TypeError as err:
    print("TypeError:", err)
print(isinstance([], typing.Sized), isinstance(iter([]), typing.Iterator), typing.SupportsInt.__name__, isinstance(3.0, typing.SupportsIndex))


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class IntBox(Box[int]):
    pass


class Pair(Generic[K, T]):
    first: K
    second: T


print(Box[int], Box[int](3).get(), IntBox.__orig_bases__, IntBox.__parameters__, Pair.__parameters__, Pair[str, T][int])
print(typing.Generic in Box.__mro__, get_origin(Box[str]), get_args(Pair[str, bytes]))
try:
    Box[int, str]
except TypeError as err:
    print("TypeError:", err)
try:
    Generic[int]
except TypeError as err:
    print("TypeError:", err)


class Node:
    next: Optional[Node]
    value: Annotated[int, "positive"]
    tags: ClassVar[list[str]] = []

    def link(self, other: Node, *, weight: float = 1.0) -> Node | None:
        return None


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["value"], Node.__annotations__)
print(get_type_hints(Node.link))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), len(typing.get_overloads(parse)), typing.get_overloads(parse)[0].__annotations__)
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, typing.cast(list[int], "not checked"), typing.cast("str", 1))
try:
    class Sub(UserId):
        pass
except TypeError as err:
    print("TypeError:", err)


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


@model
class User:
    name: str


print(model.__dataclass_transform__, User.__annotations__)
print(typing.assert_type(3, int), typing.reveal_type.__name__, typing.TYPE_CHECKING, typing.NoReturn, typing.Never, typing.Self, typing.LiteralString)
try:
    typing.assert_never(1)
except AssertionError as err:
    print("AssertionError:", err)
for bad in (lambda: Union[()], lambda: Optional[int, str], lambda: Literal, lambda: Callable[int, int], lambda: ClassVar[int, str]):
    try:
        print("ok", bad())
    except TypeError as err:
        print("TypeError:", err)
type Alias[X] = list[X] | set[X]
print(Alias, Alias[int], Alias.__value__, Alias.__type_params__, get_origin(Alias[int]) is Alias)
