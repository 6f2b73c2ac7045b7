# Argument binding: defaults, *args/**kwargs, keyword-only and positional-only, and every error message


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "!! TypeError:", e)


def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


def pos_only(x, y, /, z=0):
    return (x, y, z)


def kw_only(*, key, flag=False):
    return (key, flag)


def no_args():
    return "none"


class K:
    def method(self, a):
        return a

    @staticmethod
    def static(a, b=2):
        return a + b

    @classmethod
    def klass(cls, *items):
        return cls.__name__, items


show("full", lambda: f(1, 2, d=4))
show("extras", lambda: f(1, 2, 3, 4, 5, d=6, z=7))
show("kw all", lambda: f(a=1, b=2, d=3, c=9))
show("star call", lambda: f(*[1, 2], **{"d": 4, "x": 0}))
show("missing d", lambda: f(1, 2))
show("missing a b", lambda: f(d=1))
show("missing one", lambda: f(1, d=1))
show("multiple", lambda: f(1, 2, a=3, d=4))
show("pos only ok", lambda: pos_only(1, 2, z=3))
show("pos only kw", lambda: pos_only(1, y=2))
show("pos only both kw", lambda: pos_only(x=1, y=2))
show("too many", lambda: pos_only(1, 2, 3, 4))
show("kw only pos", lambda: kw_only(1))
show("kw only missing", lambda: kw_only())
show("kw only ok", lambda: kw_only(key=1, flag=True))
show("unexpected", lambda: kw_only(key=1, other=2))
show("no args given", lambda: no_args(1))
show("no args kw", lambda: no_args(x=1))
show("method ok", lambda: K().method(5))
show("method missing", lambda: K().method())
show("method extra", lambda: K().method(1, 2))
show("unbound", lambda: K.method(5))
show("static", lambda: K.static(1))
show("static extra", lambda: K().static(1, 2, 3))
show("classmethod", lambda: K.klass(1, 2))
show("star not iterable", lambda: f(*5, d=1))
show("starstar not mapping", lambda: f(1, 2, **[1]))
show("starstar dup", lambda: f(1, 2, d=1, **{"d": 2}))
show("starstar non-str", lambda: f(1, 2, **{1: 2}))
show("lambda", lambda: (lambda x, y=1: x + y)())
show("lambda kw", lambda: (lambda *a, **k: (a, k))(1, b=2))
show("builtin kw", lambda: len(obj=[]))
show("builtin count", lambda: len([], []))
show("type call", lambda: int("1", 2, 3))
show("not callable", lambda: 5())
show("none call", lambda: None())
show("str call", lambda: "abc"())


def many(a, b, c, d):
    pass


show("two missing", lambda: many(1, 2))
show("three missing", lambda: many(1))
show("kw missing two", lambda: kw2())


def kw2(*, x, y):
    pass


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_evaluated_once(1), defaults_evaluated_once(2), f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount, f.__code__.co_varnames)
