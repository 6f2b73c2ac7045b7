# StringIO's argument checking and closed-file errors, with CPython's messages
import _io as io

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

attempt("bytes init", lambda: io.StringIO(b"x"))
attempt("int init", lambda: io.StringIO(5))
attempt("newline int", lambda: io.StringIO("", 3))
attempt("newline bad", lambda: io.StringIO("", "x"))
attempt("newline kw", lambda: io.StringIO(newline="\r\n").newlines)
s = io.StringIO("abc")
attempt("write bytes", lambda: s.write(b"x"))
attempt("write int", lambda: s.write(1))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(1, 2))
attempt("seek end 0", lambda: s.seek(0, 2))
attempt("seek cur 0", lambda: s.seek(0, 1))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("read str", lambda: s.read("x"))
attempt("readline float", lambda: s.readline(1.0))
attempt("detach", lambda: s.detach())
attempt("fileno", lambda: s.fileno())
s.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "writable", "seekable", "isatty", "flush"]:
    attempt(name + " closed", getattr(s, name))
attempt("write closed", lambda: s.write("x"))
attempt("seek closed", lambda: s.seek(0))
attempt("iter closed", lambda: next(s))
attempt("enter closed", lambda: s.__enter__())
attempt("newlines closed", lambda: s.newlines)
attempt("close twice", lambda: s.close())
