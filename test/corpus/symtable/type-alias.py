# PEP 695 type aliases: a lazily evaluated TypeAlias block (plus a type-param block when generic).
type Int = int
type ListOf[T] = list[T]
type Recursive = list[Recursive] | int
type Callback[**P, R] = "Callable[P, R]"
type WithDefault[T = str] = dict[str, T]
type Comp = [x for x in range(3)]
type Lam = lambda: Lam


class Holder:
    name = int
    type InClass = name
    type GenericInClass[T] = tuple[T, name]

    def method(self):
        type Local = self
        return Local


def in_function():
    value = 1
    type FromFunction = value
    type Generic[G] = list[G | value]
    return FromFunction, Generic
