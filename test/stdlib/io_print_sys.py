# print() and sys.stdout/sys.stderr: file=, sep/end/flush, replacing sys.stdout, write ordering
import sys, io

print("a", "b", sep="-", end="!\n")
print("x", file=sys.stdout)
sys.stdout.write("direct\n")
print("to", "stderr", file=sys.stderr)
buf = io.StringIO()
print(1, 2, 3, file=buf, sep=", ", flush=True)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print("restored", repr(captured))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
w = W()
print("p", "q", file=w, flush=True)
print(w.parts)
print(file=w)
print(w.parts[-1:])
for bad in [dict(sep=1), dict(end=2), dict(file=3), dict(foo=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.writable())
