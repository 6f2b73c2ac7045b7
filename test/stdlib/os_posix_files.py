# posix (the module os.py builds on): fds, stat, directories, rename, errors by errno name
import posix, errno

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except OSError as e:
        print(label, "!!", type(e).__name__, errno.errorcode.get(e.errno), e.strerror, repr(e.filename), repr(e.filename2))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

base = "/tmp/os_posix_files"
posix.mkdir(base)
p = base + "/data.bin"
fd = posix.open(p, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd).__name__, posix.write(fd, b"hello "), posix.write(fd, bytearray(b"world")))
print(posix.lseek(fd, 0, 1), posix.lseek(fd, 0, 2), posix.lseek(fd, 2, 0))
posix.write(fd, b"LL")
posix.close(fd)
fd = posix.open(p, posix.O_RDONLY)
print(posix.read(fd, 4), posix.read(fd, 100), posix.read(fd, 10))
st = posix.fstat(fd)
print(st.st_size, st[6], len(st), type(st).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
posix.close(fd)
attempt("close again", lambda: posix.close(fd))
attempt("read bad fd", lambda: posix.read(fd, 1))
attempt("write bad fd", lambda: posix.write(fd, b"x"))
st = posix.stat(p)
print(st.st_size, (st.st_mode & 0o170000) == 0o100000, st == posix.lstat(p), st.st_mtime_ns // 10**9 == int(st.st_mtime))
print((posix.stat(base).st_mode & 0o170000) == 0o040000)
print(posix.listdir(base), posix.listdir(base.encode()))
posix.mkdir(base + "/sub")
open(base + "/sub/f.txt", "w").close()
print(sorted(posix.listdir(base)))
with posix.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", posix.fspath(e))
attempt("mkdir exists", lambda: posix.mkdir(base))
attempt("rmdir not empty", lambda: posix.rmdir(base + "/sub"))
attempt("rmdir missing", lambda: posix.rmdir(base + "/nope"))
attempt("unlink dir", lambda: posix.unlink(base + "/sub"))
attempt("unlink missing", lambda: posix.unlink(base + "/nope"))
attempt("stat missing", lambda: posix.stat(base + "/nope"))
attempt("listdir missing", lambda: posix.listdir(base + "/nope"))
attempt("listdir file", lambda: posix.listdir(p))
attempt("open missing", lambda: posix.open(base + "/nope", posix.O_RDONLY))
attempt("open excl", lambda: posix.open(p, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL))
attempt("rename missing", lambda: posix.rename(base + "/nope", base + "/nope2"))
attempt("stat type", lambda: posix.stat([p]))
attempt("mkdir type", lambda: posix.mkdir(3))
attempt("stat null", lambda: posix.stat("a\0b"))
posix.rename(p, base + "/moved.bin")
print(sorted(posix.listdir(base)))
posix.replace(base + "/moved.bin", base + "/sub/f.txt")
print(sorted(posix.listdir(base + "/sub")), posix.stat(base + "/sub/f.txt").st_size)
posix.remove(base + "/sub/f.txt")
posix.rmdir(base + "/sub")
posix.rmdir(base)
attempt("gone", lambda: posix.stat(base))
print(posix.access("/tmp", posix.F_OK), posix.access("/tmp/os_posix_nope", posix.F_OK))
print(posix.fspath("x"), posix.fspath(b"y"))
attempt("fspath int", lambda: posix.fspath(1))
class P:
    def __fspath__(self):
        return "/tmp"
print(posix.fspath(P()), posix.stat(P()).st_mode & 0o170000 == 0o040000)
print(posix.strerror(errno.ENOENT), posix.strerror(errno.EEXIST), posix.strerror(errno.EACCES))
print(len(posix.urandom(16)), type(posix.urandom(0)).__name__)
attempt("urandom neg", lambda: posix.urandom(-1))
print(posix.error is OSError, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, 0, 1, 2)
print(type(posix.environ).__name__, all(isinstance(k, bytes) for k in posix.environ))
print(isinstance(posix.getpid(), int), isinstance(posix.getcwd(), str), isinstance(posix.getcwdb(), bytes))
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields >= 16, posix.stat_result.n_unnamed_fields)
r = posix.stat_result(range(10))
print(r, r.st_atime, r[7])
attempt("stat_result short", lambda: posix.stat_result((1, 2)))
