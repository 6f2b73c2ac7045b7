# open() in text mode: write, read, append, readline, iteration, tell/seek on a file under /tmp
import _io as io
import posix

path = "/tmp/open_text_roundtrip.txt"
with io.open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write("first line\n"), f.write("second é line\n"), f.write("third"))
    print(f.writable(), f.readable(), f.seekable(), f.tell())
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    print(f.tell())
    f.write("\nfourth\n")
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(f.readlines())
with open(path, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()), f.tell())
posix.remove(path)
