# Decorators, bases and keywords are evaluated in the enclosing scope.
def deco(x):
    return x


def make_meta():
    Meta = type

    @deco
    @(lambda c: c)
    class C(deco(object), metaclass=Meta, **{}):
        pass

    return C


@deco
class Top(*[object], **dict()):
    @deco
    def m(self):
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass


def defaults_evaluated_outside():
    d = 1

    def f(a=d, *, b=[x for x in range(d)], c=lambda: d):
        return a, b, c

    return f
