# Type parameters and their bounds inside class bodies can see class-level names (__classdict__).
class Namespace:
    Bound = int
    Default = str

    def method[T: Bound = Default](self, x: T) -> T:
        return x

    class Nested[U: Bound]:
        pass

    type Alias[V: Bound] = list[V]

    def uses_outer_free(self):
        return Bound


def in_function():
    Bound = float

    class C:
        Bound = int

        def m[T: Bound](self) -> T:
            pass

        def n[S](self, s: S = Bound) -> S:
            return s

    return C


class GlobalInClass:
    global declared
    declared = int

    def m[T: declared](self):
        pass
