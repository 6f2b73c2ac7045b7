# TextIOWrapper over BytesIO: encodings, errors, newline translation, line buffering, detach
import _io as io

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, repr(t.newlines))
print(t.write("héllo\nwörld\n"), raw.getvalue())
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()))
print(repr(t), t.name if hasattr(t, "name") else "no name")

for enc in ["latin-1", "ascii", "utf-8", "UTF8", "iso-8859-1"]:
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc, errors="replace")
    w.write("aé€z\n")
    w.flush()
    print(enc, w.encoding, b.getvalue())
    w.seek(0)
    print("  ", repr(w.read()))

for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    r = io.TextIOWrapper(io.BytesIO(b"ok\xff\xfeend\n"), encoding="utf-8", errors=errors)
    attempt("decode " + errors, r.read)
    w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors=errors)
    def go():
        w.write("x\u00e9y")
        w.flush()
        return w.buffer.getvalue()
    attempt("encode " + errors, go)

data = b"a\nb\r\nc\rd\r\n"
for nl in [None, "", "\n", "\r", "\r\n"]:
    r = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), r.readlines(), repr(r.newlines))
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="ascii", newline=nl)
    w.write("x\ny\r\nz\n")
    w.flush()
    print("   write", b.getvalue())

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
w.write("no newline")
print(b.getvalue())
w.write(" now\n")
print(b.getvalue())
w.reconfigure(line_buffering=False, write_through=True)
w.write("through")
print(b.getvalue(), w.line_buffering, w.write_through)
d = w.detach()
print(d is b)
attempt("after detach", lambda: w.write("x"))
attempt("repr detached", lambda: repr(w))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("newline type", lambda: io.TextIOWrapper(io.BytesIO(), newline=1))
attempt("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
attempt("bad encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="bogus"))
attempt("write bytes", lambda: io.TextIOWrapper(io.BytesIO()).write(b"x"))
r = io.TextIOWrapper(io.BytesIO("αβγδ\nεζ".encode("utf-8")), encoding="utf-8")
print(r.read(2), r.read(3), repr(r.readline()), r.read(1), r.read())
r = io.TextIOWrapper(io.BytesIO(b"12345\n67890\n"), encoding="ascii")
print(r.readline(3), r.readline(), r.readline(-1), repr(r.readline()))
attempt("seek cur", lambda: r.seek(1, 1))
attempt("seek end", lambda: r.seek(1, 2))
attempt("seek whence", lambda: r.seek(0, 7))
attempt("seek neg", lambda: r.seek(-1))
print(r.seek(0, 2), r.seek(0, 1), r.seek(0))
print(isinstance(r, io._TextIOBase), io.TextIOWrapper.__mro__)
