# reading and writing the same file: w+, r+, a+ in text and binary, buffering interplay, reprs when closed
import os

path = "/tmp/open_mixed_rw.txt"
with open(path, "w+") as f:
    f.write("hello\nworld\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("X")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
print(repr(f), f.closed, f.name, f.mode)
with open(path, "rb+") as f:
    print(f.read(3), f.tell())
    f.write(b"__")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read())
    f.seek(2)
    f.write(b"!")
    f.flush()
    with open(path, "rb") as g:
        print(g.read())
print(repr(f), f.closed)
with open(path, "a+b") as f:
    print(f.tell(), f.read())
    f.write(b"tail")
    f.seek(0)
    print(f.read())
with open(path, "rb") as f:
    print(f.peek(3)[:3], f.read1(2), f.read1(), f.read1())
with open(path, "rb", buffering=4) as f:
    print(f.readline(3), f.readline(), f.readline(100), f.readline(), f.tell())
with open(path) as f:
    print(f.readlines(5), f.readlines())
w = open(path, "w")
w.write("unflushed")
w.flush()
with open(path) as r:
    print(repr(r.read()))
w.close()
w.close()
print(w.closed, repr(w))
for f in [open(path), open(path, "rb"), open(path, "rb", buffering=0)]:
    f.close()
    print(repr(f))
os.remove(path)
