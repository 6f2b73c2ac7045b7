# del binds (DEF_LOCAL) as an assignment does.
a = 1
del a


def f():
    b = 2
    del b

    def g():
        return b

    return g


def only_del():
    del never_assigned


def del_nonlocal():
    x = 1

    def inner():
        nonlocal x
        del x

    return inner


def del_global():
    global gvar
    del gvar


def del_targets(obj, seq):
    del obj.attr, seq[0], seq[1:2]
    del (p, q), [r]


class C:
    tmp = 1
    del tmp
