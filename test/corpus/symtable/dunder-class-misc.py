# __class__ in odd places: assigned in a class body, used in comprehensions, lambdas, nested defs.
class Assigns:
    __class__ = "shadow"

    def m(self):
        return __class__


class CompInClass:
    values = [__class__ for _ in range(1)]

    def m(self):
        return [super() for _ in range(1)]


class LambdaInClass:
    f = lambda self: __class__
    g = lambda self: super()


class Deep:
    def outer(self):
        def middle():
            def inner():
                return __class__
            return inner
        return middle


def not_in_class():
    return super, __class__


class MethodLocalDunderClass:
    def m(self):
        __class__ = 1
        return __class__
