import _sre
for code in ([1], [], [17, 0, 1], [17, 5, 1], [14, 4, 0, 1, 1, 16, 97, 1], [13, 100, 1], [7, 0, 1], [99, 1], [24, 5, 1, 0, 16, 97, 1, 1]):
    try:
        print(_sre.compile("x", 0, code, 1, {}, ()))
    except Exception as e:
        print(type(e).__name__, e)
print(_sre.MAGIC, _sre.CODESIZE, _sre.getcodesize(), _sre.copyright)
p = _sre.compile("ab", 0, [14, 10, 3, 2, 2, 2, 2, 97, 98, 0, 0, 16, 97, 16, 98, 1], 0, {}, ())
print(p, p.search("xxab"), p.groups, p.groupindex)
t = _sre.template(p, ["<", 0, ">"])
print(type(t).__name__)
for bad in ([], ["a", 1], ["a", -1, "b"], ["a", "x", "b"]):
    try:
        _sre.template(p, bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _sre.template(p, ("a",))
except TypeError as e:
    print("TypeError:", e)
for f in (_sre.ascii_iscased, _sre.unicode_iscased, _sre.ascii_tolower, _sre.unicode_tolower):
    print(f.__name__, [f(c) for c in (65, 97, 0x130, 0x212a, 0x1e9e, 0xdf, 0x10400, 48)])
