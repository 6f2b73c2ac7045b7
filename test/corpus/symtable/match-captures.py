# match statements: capture patterns, star captures, mapping rest, class patterns, guards.
def describe(value):
    match value:
        case 0 | 1 as small:
            return small
        case [first, *rest]:
            return first, rest
        case {"key": kv, **others}:
            return kv, others
        case Point(x=px, y=py) if px == py:
            return px
        case Point(0, yy):
            return yy
        case str() | bytes() as text:
            return text
        case (a, b, *_):
            return lambda: a + b
        case {**everything}:
            return everything
        case None | True | False:
            return None
        case Const.VALUE:
            return Const
        case other:
            return other


class Point:
    __match_args__ = ("x", "y")


class Const:
    VALUE = 1


match Point():
    case Point(x=module_capture):
        print(module_capture)
    case [*module_star]:
        print(module_star)


class InClass:
    match 1:
        case class_capture:
            pass
