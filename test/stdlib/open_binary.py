# open() in binary modes: BufferedReader/Writer/Random, raw FileIO, seek/tell, peek/read1
import _io as io
import posix

path = "/tmp/open_binary.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.name, f.mode, f.closed, f.writable(), f.readable(), f.seekable())
    print(f.write(b"0123456789"), f.write(bytearray(b"abc")), f.tell())
    print(type(f.raw).__name__, f.raw.mode, f.raw.closefd, f.raw.name)
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.peek(2)[:2], f.read1(4), f.tell())
    print(f.read(), f.read(), f.tell())
    print(f.seek(2), f.read(2), f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(1))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf)
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(5)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
    f.seek(0, 2)
    f.write(b"END")
    print(f.tell())
    f.truncate(8)
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"+"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read())
raw = io.FileIO(path, "r")
print(raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.read(3), raw.tell())
raw.close()
print(raw.closed, repr(raw))
with open(path, "rb") as f:
    print(f.readline(), list(f))
with open(path, "w+b") as f:
    f.write(b"line1\nline2\n")
    f.seek(0)
    print(f.readlines())
with open(path, "xb") if False else open(path, "rb") as f:
    print(f.read())
posix.remove(path)
with open(path, "xb") as f:
    print(f.mode, f.write(b"new"))
with open(path, "rb") as f:
    print(f.read())
posix.remove(path)
