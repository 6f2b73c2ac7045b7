"""With `from __future__ import annotations` annotation blocks never become children."""
from __future__ import annotations

import typing

x: int
y: typing.List[str] = []


class C:
    a: C
    if True:
        b: int


def f(a: int, b: C) -> C:
    c: int = 1
    return c


def g[T](t: T) -> T:
    return t
