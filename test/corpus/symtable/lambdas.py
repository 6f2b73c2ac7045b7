# Lambdas: function blocks named "lambda".
square = lambda x: x * x
curry = lambda a: lambda b: lambda c: a + b + c
defaults = lambda x=square, *rest, y=curry, **kw: (x, rest, y, kw)
posonly = lambda a, /, b, *, c: a + b + c
no_args = lambda: no_args


def make(n):
    return lambda: n


def lambda_default_captures(k):
    return lambda v=k: v + k


def lambda_with_yield():
    return lambda: (yield)


class K:
    attr = 1
    meth = lambda self: attr_global
    nested = lambda self: (lambda: self)


attr_global = 0
sorted_by = sorted([3, 1, 2], key=lambda t: -t)
