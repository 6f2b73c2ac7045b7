# Names that shadow builtins, parameters rebinding, reuse across scopes.
def list(list):
    return list


def len(*len):
    len = len[0]
    return len


print = print


def uses_builtins():
    return len, list, print, range


def param_reassigned(a, b=None):
    a = a + 1
    if b is None:
        b = []
    return a, b


def augassign_local():
    counter = 0
    counter += 1
    return counter


def augassign_only():
    undefined_before += 1


def for_targets():
    for i, (j, *k) in []:
        pass
    return i, j, k


def with_targets():
    with open("f") as (fa, fb), open("g") as [fc]:
        pass
    return fa, fb, fc
