# Only classes whose annotations may not run get a __conditional_annotations__ cell.
class Unconditional:
    a: int
    b: str


class InIf:
    if True:
        a: int


class InWhile:
    while False:
        w: int
    after: int


class InWith:
    with open("x") as f:
        a: int


class InMatch:
    match 1:
        case 1:
            m: int


class InTry:
    try:
        t: int
    finally:
        pass


class NestedFunctionAnnotations:
    def f(self):
        if True:
            local: int


class TryStarClass:
    try:
        pass
    except* Exception:
        e: int
