# bytearray as a mutable sequence: every mutator, slice assignment of all shapes, and errors
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([46, 46])
ba.extend(x for x in b"!?")
ba.insert(0, 62)
ba.insert(-1, 95)
ba.insert(100, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
del ba[0]
del ba[-3:]
del ba[::2]
print(ba)
for call in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.insert(0, 300),
             lambda: bytearray().pop(), lambda: ba.pop(50), lambda: ba.remove(200),
             lambda: ba.remove(ord("Z")), lambda: ba.extend([1, 999]), lambda: ba.__setitem__(0, 256)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for call in [lambda: ba.append("a"), lambda: ba.extend("abc"), lambda: ba.extend(5),
             lambda: ba.__setitem__(0, b"a"), lambda: ba.__setitem__("0", 1), lambda: ba + "x"]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

b = bytearray(range(10))
b[2:5] = b"XY"
print(b)
b[0:0] = [200, 201]
print(b)
b[::3] = bytes(len(b[::3]))
print(b)
try:
    b[::2] = b"short"
except ValueError as e:
    print("ValueError", e)
b[-2:] = bytearray(b"end")
print(b, len(b))
b[1:3] = memoryview(b"mv")
b[5:7] = []
print(b)
b *= 2
b += b"!"
print(b, b.count(0), b.index(b"mv"), b[-1], b[:3] * 2)
b.clear()
print(b, len(b), bytearray(3) == b"\0\0\0", bytearray(b"a") < b"b")

# a copy is independent; slicing returns new bytearrays
src = bytearray(b"abc")
cp = src.copy()
cp[0] = ord("z")
sl = src[:]
sl.append(ord("d"))
print(src, cp, sl, type(src[0:1]).__name__, src[0])

# in-place ops on a bytearray used as a growable buffer
buf = bytearray()
for i, word in enumerate(["alpha", "beta", "gamma"]):
    buf += len(word).to_bytes(2, "big") + word.encode()
print(buf.hex(" "), len(buf))
pos, out = 0, []
while pos < len(buf):
    n = int.from_bytes(buf[pos:pos + 2], "big")
    out.append(buf[pos + 2:pos + 2 + n].decode())
    pos += 2 + n
print(out)
try:
    hash(buf)
except TypeError as e:
    print("TypeError", e)
