# PEP 695/696 generic functions: a type-parameter block around the function (and its annotations).
def identity[T](x: T) -> T:
    return x


def bounded[T: int, U: (str, bytes)](a: T, b: U) -> tuple[T, U]:
    return a, b


def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs) -> None:
    pass


def with_defaults[T = int, *Ts = *tuple[int, ...], **P = [int, str]](x: T = 0, *, y: int = 1) -> T:
    return x


def only_kw_default[T](*, flag: bool = False) -> T:
    return flag


def no_params[T]():
    return T


def closure_over_type_param[T](value: T):
    def inner() -> T:
        return value
    return inner


async def async_generic[T](x: T) -> T:
    return x


def decorated[T](fn):
    return fn


@decorated
def uses_decorator[S](s: S) -> S:
    return s


def outer():
    local = int

    def generic_inner[V: local](v: V) -> V:
        return v

    return generic_inner
