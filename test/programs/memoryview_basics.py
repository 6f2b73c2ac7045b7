# memoryview over bytes and bytearray: views, slicing, writes through, release, errors.
b = b"hello world"
m = memoryview(b)
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj is b, m.c_contiguous)
print(type(m[1:4]).__name__, m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tolist()[:3], bytes(m[6:]), m.hex(), m[:2].hex(":"), list(m[:3]))
print(m == b, m[:5] == b"hello", m == memoryview(b), m != b"x", m.tobytes() == b, b"".join([m[:2], b"!"]), bytearray(m[:3]), b"<" + m[:1])
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65; mv[1:3] = b"BC"; mv[-1] = ord("F")
print(ba, mv.readonly, mv[2:4].tobytes(), mv.tolist())
sub = mv[2:5]
sub[0] = 0x7a
print(ba, sub.tobytes(), sub.obj is ba, len(sub))
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm.toreadonly().readonly)
m2 = memoryview(b"rel")
m2.release()
m2.release()
errors = [
    lambda: m.__setitem__(0, 1),
    lambda: memoryview("str"),
    lambda: memoryview(5),
    lambda: m[20],
    lambda: m["a"],
    lambda: mv.__setitem__(0, 300),
    lambda: mv.__setitem__(slice(0, 2), b"xyz"),
    lambda: cm[0],
    lambda: len(cm),
    lambda: hash(mv),
    lambda: m2.tobytes(),
    lambda: m2[0],
    lambda: memoryview(),
    lambda: memoryview(b"x", b"y"),
    lambda: m < m,
    lambda: m.cast("B").tolist()[:2],
    lambda: m[::0],
    lambda: mv.__setitem__(0, b"x"),
]
for f in errors:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(m) == hash(b), repr(m)[:12], m.tolist() == list(b), memoryview(bytearray(2)).tolist())
memoryview(b"ro")[0] = 1
