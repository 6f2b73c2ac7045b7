# Lib's io over _io: the ABCs, subclassing the base classes, open() and text_encoding
import io, _io

print(io.open is open, io.StringIO is _io.StringIO, io.DEFAULT_BUFFER_SIZE, io.text_encoding(None), io.text_encoding("latin-1"))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase), issubclass(io.UnsupportedOperation, OSError))
print(io.UnsupportedOperation.__mro__[1:3], io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("hello", "world", file=u)
print(repr(u.getvalue()))

class Chunks(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
r = Chunks(b"abcdefgh\nij\nk")
print(r.read(5), r.read(), r.read())
buf = io.BufferedReader(Chunks(b"line one\nline two\nthree"))
print(buf.readline(), buf.peek(1)[:1], buf.read(4), list(buf))
t = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n".encode())), encoding="utf-8")
print(t.readlines())

class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []
    def writable(self):
        return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
s = Sink()
w = io.BufferedWriter(s, buffer_size=4)
w.write(b"ab")
print(s.got)
w.write(b"cdef")
print(s.got)
w.flush()
print(s.got)
class NoIO(io.IOBase):
    pass
n = NoIO()
for name in ["read", "write", "seek", "tell", "truncate", "fileno"]:
    try:
        getattr(n, name)(*([0] if name in ("seek",) else []))
    except (io.UnsupportedOperation, AttributeError) as e:
        print(name, type(e).__name__, e)
print(n.readable(), n.writable(), n.seekable(), n.closed)
n.close()
print(n.closed)
try:
    n.flush()
except ValueError as e:
    print("ValueError", e)
with io.StringIO("x\ny") as f:
    print(list(f))
print(io.IncrementalNewlineDecoder(None, translate=True).decode("a\r\nb\r"), repr(io.IncrementalNewlineDecoder(None, False).decode("a\r", final=True)))
d = io.IncrementalNewlineDecoder(None, translate=True)
print([d.decode(x) for x in ["a\r", "\nb\r", "c", "\r", ""]], repr(d.decode("", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
