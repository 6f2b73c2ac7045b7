# Class annotations: the class's __annotate__ block sees class names through __classdict__;
# conditional ones create a __conditional_annotations__ cell in the class.
class Plain:
    a: int
    b: "str" = "b"
    Alias = list
    c: Alias[int]
    d: a


class Conditional:
    flag = True
    if flag:
        x: int = 1
    else:
        y: str
    for _ in ():
        z: bytes
    try:
        t: int
    except ValueError:
        pass
    plain: float


def in_function():
    local_type = int

    class C:
        v: local_type
        w: [n for n in local_type.mro()]
        u: (lambda: local_type)

    return C


class NestedAnnotations:
    class Inner:
        q: "NestedAnnotations"

    inner: Inner

    def method(self) -> Inner:
        return self.Inner()
