# PEP 696 defaults: each default is its own lazily evaluated TypeVariable block.
class A[T = int, *Ts = *tuple[str, ...], **P = [int]]:
    pass


def f[T: int = bool, U: (int, str) = str]() -> None:
    pass


type Alias[T = list[int]] = T


class Container:
    Elem = int

    class Inner[T = Elem]:
        pass

    def method[U = Elem](self) -> U:
        pass

    type A2[V = Elem] = V


def closures():
    Default = int

    class K[T = Default, *Vs = Default, **Q = Default]:
        pass

    return K
