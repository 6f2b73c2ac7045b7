# TextIOWrapper tell()/seek() cookies over multi-byte text, readline limits, interleaved reads
import io

path = "/tmp/io_text_seek_tell.txt"
lines = ["ascii line\n", "ünïcödé line\n", "€ euro\n", "😀 astral\n", "last"]
with open(path, "w", encoding="utf-8") as f:
    for line in lines:
        f.write(line)
        print(f.tell(), end=" ")
print()
with open(path, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print([m[0] for m in marks], f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()) == repr(line), end="; ")
    print()
    f.seek(marks[1][0])
    print(repr(f.read(3)), f.tell(), repr(f.read(2)), f.tell())
    f.seek(0)
    print(repr(f.readline(4)), repr(f.readline(100)), f.tell())
    f.seek(0)
    print(f.read(12) + "|" + f.readline(), end="")
    print(f.tell())
with open(path, "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    end = f.tell()
    f.write("\nappended")
    f.seek(0)
    print(end, f.read().count("\n"), f.tell())
with open(path, encoding="latin-1") as f:
    f.read(20)
    t = f.tell()
    rest = f.read()
    f.seek(t)
    print(t, f.read() == rest)
b = io.BytesIO("aé\r\nb\r\nc".encode())
t = io.TextIOWrapper(b, encoding="utf-8", newline=None)
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell(), repr(t.read()), t.tell())
t.seek(0)
print(repr(t.read()))
with open(path) as f:
    it = iter(f)
    next(it)
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)
    list(it)
    print(f.tell() > 0)
import os
os.remove(path)
