# StringIO newline modes: None (translate), '' (keep, split on all), '\n', '\r', '\r\n'
import _io as io

data = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\nz\r")
    t.write("\nw")
    print("  ", repr(t.getvalue()), repr(t.newlines))
    t.seek(0)
    print("  ", [t.readline() for _ in range(5)])
s = io.StringIO(newline=None)
print(s.newlines)
s.write("a\r")
print(repr(s.newlines))
s.write("\n")
print(repr(s.newlines))
s.write("b\n")
print(repr(s.newlines))
s.write("c\r\n")
print(repr(s.newlines), repr(s.getvalue()))
