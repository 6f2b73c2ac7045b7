# After a trace function sets f_lineno: the frame reads the new line at once, and an exception the
# trace function raises then is handled from the line it was called for (the try block it is in)
# while its traceback shows the line it jumped to. Lines are relative to the def line.
import sys
def raises_after(out):
    out.append(1)
    try:
        out.append(2)
        out.append(3)
    except RuntimeError as e:
        out.append("caught %s" % e)
    out.append(4)
    out.append(5)

def mk(frm, to):
    def tr(frame, ev, arg):
        if frame.f_code is not raises_after.__code__:
            return tr
        if ev == "line" and frame.f_lineno == raises_after.__code__.co_firstlineno + frm:
            frame.f_lineno = raises_after.__code__.co_firstlineno + to
            print("after set", frame.f_lineno - raises_after.__code__.co_firstlineno)
            raise RuntimeError("from the tracer")
        return tr
    return tr
for frm, to in [(3, 7), (7, 4), (4, 3)]:
    o = []
    sys.settrace(mk(frm, to))
    try:
        raises_after(o)
    except RuntimeError as e:
        tb = e.__traceback__
        while tb.tb_frame.f_code is not raises_after.__code__: tb = tb.tb_next
        o.append(("escaped", tb.tb_lineno - raises_after.__code__.co_firstlineno, tb.tb_lasti))
    sys.settrace(None)
    print(frm, to, o)
