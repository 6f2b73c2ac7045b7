# FileIO: modes, fds, closefd, opener, readall/readinto, seek/tell/truncate, errors
import _io, os

path = "/tmp/io_fileio.bin"
with _io.FileIO(path, "w") as f:
    print(f.mode, f.closefd, f.name, f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
    print(f.write(b"abcdef"), f.write(bytearray(b"gh")), f.write(memoryview(b"ij")), f.tell())
    print(f.seek(2), f.write(b"XY"), f.seek(0, 2), f.seek(-1, 2), f.seek(-2, 1))
    print(f.truncate(), f.truncate(8), f.tell())
print(f.closed, repr(f))
for mode in ["r", "rb", "r+", "w+", "a", "a+", "x"]:
    try:
        g = _io.FileIO(path, mode)
        print(mode, g.mode, g.readable(), g.writable(), g.tell())
        g.close()
    except Exception as e:
        print(mode, type(e).__name__, e.strerror if isinstance(e, OSError) else e)
with _io.FileIO(path, "r") as f:
    print(f.read(2), f.read(), f.read(), f.readall())
    f.seek(0)
    b = bytearray(3)
    print(f.readinto(b), b, f.readall())
fd = os.open(path, os.O_RDONLY)
g = _io.FileIO(fd, closefd=False)
print(g.name == fd, g.read(3), g.closefd, repr(g) == "<_io.FileIO fd=%d mode='rb' closefd=False>" % fd)
g.close()
print(os.read(fd, 2))
os.close(fd)
opened = []
def opener(name, flags):
    opened.append((name, flags & os.O_ACCMODE))
    return os.open(name, flags)
with open(path, "rb", opener=opener) as f:
    print(f.read(1), opened)
for bad in [lambda: _io.FileIO(path, "rw"), lambda: _io.FileIO(path, "z"), lambda: _io.FileIO(path, "r++"),
            lambda: _io.FileIO(-1), lambda: _io.FileIO(path, closefd=False), lambda: _io.FileIO(path, 5),
            lambda: _io.FileIO(path).write(b"x"), lambda: _io.FileIO(path, "w").read(), lambda: _io.FileIO("/tmp")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e.strerror if isinstance(e, OSError) and e.strerror else e)
h = _io.FileIO(path)
h.close()
for name in ["read", "readall", "tell", "fileno", "isatty", "readable", "writable", "seekable"]:
    try:
        getattr(h, name)()
    except ValueError as e:
        print(name, e)
h.close()
print(h.closed)
os.remove(path)
