# Function annotations: a separate __annotate__ block per def; local variable annotations
# in function bodies are never evaluated (their names are not recorded).
import typing


def params(a: int, /, b: "str", *args: float, c: bytes = b"", **kwargs: typing.Any) -> None:
    local: typing.List[int] = []
    unevaluated: undefined_name
    return None


def annotation_uses_outer():
    T = int

    def inner(x: T) -> T:
        y: T = x
        return y

    return inner


def annotated_local_only():
    v: int
    return 1


def annotation_closure_cell():
    Hidden = int

    def f(arg: Hidden):
        pass

    def g(arg: [Hidden for _ in ()]):
        pass

    return f, g


class Methods:
    Kind = int

    def m(self, k: Kind) -> "Methods":
        return self

    async def am(self, k: Kind = None) -> Kind:
        return k


def lambda_in_annotation(f: (lambda: int)) -> (lambda: str):
    return f


def star_annotation(*args: *tuple[int, str]):
    return args
