# Odd corners: super in annotation/type-param scopes, walrus in comprehensions inside annotations,
# iteration variables shadowing class names, one name nonlocal in one child and local in another.
class C:
    x: super

    def m[T: super](self, a: super) -> super:
        return super().m()


def f(x: [(ann_walrus := 1) for _ in range(1)]):
    pass


class Shadow:
    x = [1, 2]
    y = [x for x in x]


def split_personality():
    name = 0

    def rebinds():
        nonlocal name
        name = 1

    def shadows():
        name = 2
        return name

    def reads():
        return name

    return rebinds, shadows, reads


class Generic[T]:
    def m(self):
        return super().m(), __class__, T

    def n[U](self) -> U:
        type Inner[V] = dict[T, U, V]
        return Inner


def lambda_walrus_in_class():
    class K:
        f = lambda: [(lw := i) for i in range(2)]
    return K


def del_walrus():
    [(dw := 1) for _ in range(1)]
    del dw


def param_named_like_function(param_named_like_function):
    return param_named_like_function


class __Mangled:
    def __m(self, __p):
        return [__p for __q in ()]
