# varargs/varkeywords/method/nested flags on code objects.
class Flags:
    def plain(self):
        pass

    def star(self, *args):
        return args

    def dstar(self, **kwargs):
        return kwargs

    def both(self, a, /, b, *args, c, d=1, **kwargs):
        return a, b, args, c, d, kwargs

    @staticmethod
    def static(*a):
        return a

    lam = lambda self, *x, **y: (x, y)
    comp = [q for q in range(2)]

    def nested(self):
        def not_a_method(*z):
            return z
        return not_a_method

    class Inner:
        def inner_method(self):
            pass


def top_level(*, kwonly):
    return kwonly


def outer():
    def inner(**kw):
        def innermost():
            return kw
        return innermost
    return inner
