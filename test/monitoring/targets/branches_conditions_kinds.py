def check(x, xs):
    r = []
    if x in xs:
        r.append("in")
    if x not in xs:
        r.append("not in")
    if not x:
        r.append("falsy")
    if x is True:
        r.append("is True")
    if isinstance(x, int) and not isinstance(x, bool):
        r.append("int")
    if xs:
        r.append("nonempty")
    return r

print(check(1, [1, 2]))
print(check(0, []))
print(check(True, [0]))
print(check("s", "abc"))
