# Generic classes: .type_params, .generic_base, __type_params__, mangled type params.
class Box[T]:
    item: T

    def get(self) -> T:
        return self.item

    def map[U](self, f: "Callable[[T], U]") -> "Box[U]":
        return Box()


class Pair[K, V](dict[K, V], metaclass=type):
    pass


class Private[__T, _U]:
    def method(self, x: __T) -> _U:
        return x

    attr: __T


class Bounded[T: (int, str), S: list = list]:
    pass


class WithBaseLambda[T]((object, lambda: T)[0]):
    pass


def factory():
    base = object

    class Local[X](base):
        def m(self) -> X:
            return base

    return Local


class Outer:
    class Inner[T]:
        x: T

    def method[M](self, m: M) -> M:
        return m

    type Alias[Q] = list[Q]
