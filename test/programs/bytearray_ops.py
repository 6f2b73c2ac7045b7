# bytearray: mutation in place, slicing, methods shared with bytes, errors.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, list(ba))
ba[0] = 72; ba[-1] = ord("O"); print(ba)
ba.append(33); ba.extend(b" world"); ba.extend([10, 11]); ba.extend(x for x in (65, 66)); print(ba)
ba.insert(0, 62); ba.insert(-1, 60); ba.insert(100, 46); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(10); print(ba)
ba.reverse(); print(ba); ba.reverse()
ba[1:3] = b"EE"; print(ba)
ba[1:3] = b""; print(ba)
ba[0:0] = [1, 2, 3]; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[::3]; del ba[-2:]; print(ba)
b2 = bytearray(3); b2 += b"xy"; b2 *= 2; print(b2, len(b2))
c = bytearray(b"abc"); d = c; c += b"d"; print(c is d, d)
e = c.copy(); e.clear(); print(c, e, e == bytearray(), bytearray() == b"")
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__, bytearray(b"x") * 3)
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"copy"), bytearray(range(3)))
f = bytearray(b"Mixed Case")
print(f.upper(), f.lower(), f.swapcase(), f.split(), f.replace(b"e", b"E"), f.find(b"C"), f.count(b"e"), f.startswith(b"Mix"))
print(f.decode(), f.hex(), bytearray.fromhex("00 ff"), f.strip(b"Me"), f.partition(b" "), f.center(14, b"*"), f.title(), f.isalpha())
print(bytearray(b"a") == b"a", bytearray(b"a") < b"b", b"a" in bytearray(b"cab"), 97 in bytearray(b"a"), bytearray(b"a,b").split(b","))
g = bytearray(b"xyz")
for i in range(len(g)):
    g[i] = g[i] - 32
print(g, bytes(g), list(reversed(g)), sorted(g), max(g), g.isupper())
h = bytearray(b"abc")
it = iter(h)
print(next(it), type(it).__name__)
print(repr(bytearray(b"'\"")), str(bytearray(b"q")), bytearray(b"%d-%s") % (5, b"x"))

errors = [
    lambda: bytearray(b"x")[5],
    lambda: bytearray(b"x").__setitem__(0, 256),
    lambda: bytearray(b"x").__setitem__(0, -1),
    lambda: bytearray(b"x").__setitem__(0, "a"),
    lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"),
    lambda: bytearray(b"abc").__setitem__(slice(0, 1), 5),
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").pop(5),
    lambda: bytearray(b"a").remove(98),
    lambda: bytearray(b"a").append(300),
    lambda: bytearray(b"a").append("b"),
    lambda: bytearray(b"a").extend(5),
    lambda: bytearray(b"a").extend("str"),
    lambda: bytearray(b"a").insert(0),
    lambda: hash(bytearray()),
    lambda: {bytearray(): 1},
    lambda: bytearray("abc"),
    lambda: bytearray(-2),
    lambda: bytearray([300]),
    lambda: bytearray(1.5),
    lambda: bytearray(b"a") + "b",
    lambda: bytearray(b"a")["x"],
    lambda: bytearray(b"abc").index(b"z"),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (ValueError, TypeError, IndexError) as ex:
        print(type(ex).__name__, ex)
x = bytearray(b"z")
x[3] = 1
