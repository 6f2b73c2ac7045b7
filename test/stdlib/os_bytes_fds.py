# bytes paths through os (listdir, scandir, walk, stat), and fd-level errors by errno name
import os, errno

base = b"/tmp/os_bytes_fds"
if os.path.exists(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
with open(os.path.join(base, b"caf\xc3\xa9.txt"), "wb") as f:
    f.write(b"x")
print(os.listdir(base), os.listdir(base.decode()))
print([(e.name, e.path, repr(e), e.is_file()) for e in os.scandir(base)])
print(list(os.walk(base)))
print(os.stat(os.path.join(base, "café.txt".encode())).st_size, os.path.exists(base + b"/nope"), os.fsencode("café"), os.fsdecode(b"caf\xc3\xa9"))
print(os.path.join(base, b"x"), os.path.basename(base), os.path.splitext(b"a.b.c"))
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except OSError as e:
        print(label, "!!", type(e).__name__, errno.errorcode.get(e.errno), e.strerror, repr(e.filename))
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__, e)
fd = os.open(os.path.join(base, b"caf\xc3\xa9.txt"), os.O_RDONLY)
attempt("read neg", lambda: os.read(fd, -1))
attempt("lseek whence", lambda: os.lseek(fd, 0, 7))
attempt("lseek neg", lambda: os.lseek(fd, -5, 0))
attempt("write ro", lambda: os.write(fd, b"y"))
attempt("read ok", lambda: os.read(fd, 10))
os.close(fd)
attempt("read closed", lambda: os.read(fd, 1))
attempt("fstat closed", lambda: os.fstat(fd))
attempt("close closed", lambda: os.close(fd))
attempt("read str fd", lambda: os.read("3", 1))
attempt("open bad flags type", lambda: os.open(base, "r"))
attempt("open dir write", lambda: os.open(base, os.O_WRONLY))
attempt("mkdir bytes exists", lambda: os.mkdir(base))
attempt("listdir bytes missing", lambda: os.listdir(base + b"/none"))
os.remove(os.path.join(base, "café.txt".encode()))
os.rmdir(base)
