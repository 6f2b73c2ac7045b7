# Exception objects with extra fields: OSError family, StopIteration, SystemExit, ImportError, KeyError


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


e = FileNotFoundError(2, "No such file or directory", "config.ini")
print(str(e), e.args, e.errno, e.strerror, e.filename, e.filename2, isinstance(e, OSError))
e2 = PermissionError(13, "Permission denied", "src.txt", None, "dst.txt")
print(str(e2), e2.args, e2.filename2)
e3 = IsADirectoryError(21, "Is a directory")
print(str(e3), e3.args, e3.filename)
print(str(OSError("plain message")), OSError("plain").errno, OSError().args, str(OSError()))
print(str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
b = BlockingIOError(11, "Resource temporarily unavailable", 42)
print(b.characters_written, b.filename, str(b))
show("characters_written unset", lambda: BlockingIOError(11, "again").characters_written)
print(EnvironmentError is OSError, IOError is OSError, issubclass(ConnectionResetError, ConnectionError))


class AppError(OSError):
    def __init__(self, code, message, path):
        super().__init__(code, message, path)
        self.path = path


a = AppError(5, "I/O error", "/dev/thing")
print(str(a), a.errno, a.path, a.args)

print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value, StopIteration(1, 2).args)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
ie = ImportError("cannot import thing", name="pkg", path="/x/pkg.py")
print(str(ie), ie.name, ie.path, ie.msg, ModuleNotFoundError("m", name="m").name)
show("ImportError bad kw", lambda: ImportError("x", module="m"))
print(str(KeyError("a")), str(KeyError("a", "b")), repr(KeyError()), str(KeyError(None)), str(LookupError("x")))
print(BaseException("a", 1).__str__(), ValueError("v").__repr__(), Exception.__new__(ValueError).args)
print(Exception.__new__(KeyError, "k", 1).args, type(BaseException.__new__(RuntimeError)).__name__)
show("new non-exception", lambda: BaseException.__new__(int))
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(ue), ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
