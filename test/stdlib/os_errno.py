# errno: names and errorcode agree; OSError picks its subclass from errno; attributes and args
import errno

for name in ["ENOENT", "EEXIST", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOTEMPTY", "EBADF", "EINVAL", "EAGAIN",
             "EWOULDBLOCK", "EPIPE", "EINTR", "ECHILD", "ESRCH", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EDEADLK", "ENOTSUP"]:
    code = getattr(errno, name)
    e = OSError(code, "msg")
    print(name, errno.errorcode[code] in (name, "EDEADLOCK", "EAGAIN", "ENOTSUP", "EOPNOTSUPP", "EWOULDBLOCK", "EDEADLK"), type(e).__name__)
print(all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
e = OSError(errno.ENOENT, "No such file", "a.txt")
# (errno numbers themselves are not printed: the oracle, CPython on emscripten, numbers them differently)
print(type(e).__name__, e.args[1:], e.args[0] == errno.ENOENT, e.strerror, e.filename, e.filename2)
e = OSError(errno.EEXIST, "File exists", "a", None, "b")
print(type(e).__name__, e.args[1:], len(e.args), e.filename, e.filename2)
e = OSError("just a message")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError()
print(repr(e), str(e), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, e.filename)
e = FileNotFoundError(1, "x")
print(type(e).__name__, e.errno)
e = PermissionError("denied")
print(repr(e), e.errno)
class MyErr(OSError):
    pass
m = MyErr(errno.ENOENT, "gone", "f")
print(type(m).__name__, m.errno == errno.ENOENT, m.strerror, m.filename, m.args[1:])
b = BlockingIOError(errno.EAGAIN, "again", 5)
print(b.characters_written, b.args[1:])
try:
    BlockingIOError(errno.EAGAIN, "again").characters_written
except AttributeError as ae:
    print("AttributeError", ae)
e.filename = "changed"
e.errno = 99
print(e.filename, e.errno)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(errno.EISDIR, "Is a directory", "/tmp")
except IsADirectoryError as e:
    print("caught", type(e).__name__, e.filename)
