# odds and ends of the io classes: reprs, readline limits, writelines, iteration protocols, closed checks
import io

s = io.StringIO("a\nbb\nccc\n")
print(s.readline(0), s.readline(-5), s.readline(None), s.readlines(1), s.readlines(0))
b = io.BytesIO(b"x\ny\n")
print(b.readline(0), b.readline(None), b.readlines(None))
t = io.TextIOWrapper(io.BytesIO(b"l1\nl2\nl3\n"), encoding="ascii")
print(next(t), t.readline(1), t.readline(-1), list(t))
for bad in [None, 1.0, "2"]:
    try:
        t.readline(bad)
    except TypeError as e:
        print("TypeError", e)
for f in [io.StringIO(), io.BytesIO(), io.TextIOWrapper(io.BytesIO(), encoding="utf-8")]:
    print(type(f).__name__, f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed)
    f.close()
    for name in ["read", "readline", "readlines", "tell", "readable", "isatty"]:
        try:
            getattr(f, name)()
        except ValueError as e:
            print("  ", name, e)
print(repr(io.BytesIO()).startswith("<_io.BytesIO object at"), repr(io.StringIO()).startswith("<_io.StringIO object at"))
r = io.BufferedReader(io.BytesIO(b"abc"))
print(repr(r).startswith("<_io.BufferedReader"), r.raw.__class__.__name__, r.read(), r.closed)
r.close()
print(r.closed)
try:
    r.read()
except ValueError as e:
    print(e)
w = io.BufferedWriter(io.BytesIO())
w.write(b"abc")
print(w.tell(), w.raw.getvalue())
w.flush()
print(w.raw.getvalue())
for bad in [lambda: io.BufferedReader(io.BytesIO(), 0), lambda: io.BufferedWriter(io.BytesIO(), -1),
            lambda: io.BufferedReader(io.BytesIO()).read(-2), lambda: io.BufferedReader(io.BytesIO()).seek(0, 3),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").read(-2), lambda: io.StringIO().read(1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = io.BufferedReader(io.BytesIO(b"q"))
raw = d.detach()
print(type(raw).__name__)
for name in ["read", "tell", "fileno"]:
    try:
        getattr(d, name)()
    except ValueError as e:
        print(name, e)
print(repr(d))
