# Setting f_lineno from a trace function ('line' events) and from a sys.monitoring LINE callback:
# each case runs a function under a tracer that makes one jump (lines relative to the def line) and
# prints what the function did, and the ValueError or RuntimeWarning the jump gave, if any.
import sys
import warnings


def run(func, frm, to, event="line", args=(), nth=1):
    out = []
    first = func.__code__.co_firstlineno
    state = {"done": False, "err": None, "hits": 0}
    seen = []

    def tracer(frame, ev, arg):
        if frame.f_code is not func.__code__:
            return None
        seen.append("%s %d" % (ev, frame.f_lineno - first))
        if ev == event and not state["done"] and (ev != "line" or frame.f_lineno == first + frm):
            state["hits"] += 1
            if state["hits"] < nth:
                return tracer
            state["done"] = True
            try:
                frame.f_lineno = first + to
            except ValueError as e:
                state["err"] = "ValueError: %s" % e
        return tracer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sys.settrace(tracer)
        try:
            func(out, *args)
        except Exception as e:
            out.append("raised %s: %s" % (type(e).__name__, e))
        finally:
            sys.settrace(None)
    print(func.__name__, frm, "->", to, out, state["err"] or "", [str(w.message) for w in caught])
    print("   events:", ", ".join(seen))


def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)


def backward(out):
    out.append(1)
    out.append(2)
    if len(out) < 6:
        out.append(3)
    out.append(4)


def out_of_for(out):
    for i in range(3):
        out.append(i)
        out.append("x")
    out.append("after")
    out.append("end")


def into_for(out):
    out.append(0)
    for i in range(2):
        out.append(i)
    out.append("end")


def out_of_nested_for(out):
    for i in range(2):
        for j in range(2):
            out.append((i, j))
            out.append("in")
    out.append("end")


def into_except(out):
    try:
        out.append(1)
        1 / 0
    except ZeroDivisionError:
        out.append(2)
    out.append(3)


def out_of_except(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(1)
        out.append(sys.exception() is not None)
    out.append(2)
    out.append(sys.exception())


def out_of_finally(out):
    try:
        out.append(1)
    finally:
        out.append(2)
        out.append(3)
    out.append(4)


def unbound(out):
    out.append(1)
    a = 2
    out.append(a)
    b = 3
    out.append(b)


def while_loop(out):
    n = 0
    while n < 3:
        n += 1
        out.append(n)
    out.append("end")


def with_block(out):
    class CM:
        def __enter__(self):
            out.append("enter")
        def __exit__(self, *a):
            out.append("exit")
    with CM():
        out.append(1)
        out.append(2)
    out.append(3)


def blank_lines(out):
    out.append(1)

    # a comment

    out.append(2)
    out.append(3)


def gen_body(out):
    def g():
        yield 1
        yield 2
    for v in g():
        out.append(v)
    out.append("end")


def same_line(out):
    out.append(1)
    out.append(2)


run(forward, 1, 3)
run(forward, 3, 1)
run(forward, 2, 2)
run(backward, 3, 1)
run(out_of_for, 2, 4)
run(out_of_for, 3, 5)
run(into_for, 1, 3)
run(out_of_nested_for, 3, 5)
run(into_except, 2, 5)
run(out_of_except, 4, 6)
run(out_of_finally, 4, 6)
run(out_of_finally, 2, 4)
run(unbound, 1, 5)
run(while_loop, 4, 5)
run(while_loop, 3, 1)
run(with_block, 7, 9)
run(with_block, 9, 7)
run(blank_lines, 1, 3)
run(blank_lines, 1, 5)
run(forward, 1, 0)
run(forward, 1, 9)
run(forward, 1, -5)
run(forward, 1, 1, event="call")
run(forward, 1, 1, event="return")
run(into_except, 3, 2, event="exception")
run(gen_body, 5, 7)
run(same_line, 1, 2)


def one_line_loops(out):
    for i in range(4): out.append(i)
    out.append("after for")
    n = 3
    while n: n -= 1
    out.append(n)


# the second 'line' event of a one-line loop comes from its backward jump (JUMP), not from LINE
run(one_line_loops, 1, 2, nth=2)
run(one_line_loops, 1, 2, nth=3)
run(one_line_loops, 4, 5, nth=2)
run(one_line_loops, 4, 1, nth=2)


# f_lineno outside a trace function, and values that are not line numbers
f = sys._getframe()
for v in (f.f_lineno, "3", 3.0, True):
    try:
        f.f_lineno = v
    except (ValueError, TypeError) as e:
        print("outside", repr(v) if not isinstance(v, int) or isinstance(v, bool) else "lineno", type(e).__name__, e)


def typed(out):
    out.append(1)
    out.append(2)


def bad_values(frame, ev, arg):
    if ev == "line" and frame.f_code is typed.__code__:
        for v in ("x", 2.5, True, 10**30):
            try:
                frame.f_lineno = v
            except (ValueError, TypeError) as e:
                print("in trace", repr(v), type(e).__name__, e)
        sys.settrace(None)
        return None
    return bad_values


sys.settrace(bad_values)
o = []
typed(o)
sys.settrace(None)
print(o)


# a sys.monitoring LINE callback jumps too (the frame is the callback's caller)
def mon_target(out):
    out.append(1)
    out.append(2)
    out.append(3)


M = sys.monitoring
jumped = []


def on_line(code, line):
    if code is mon_target.__code__ and line == code.co_firstlineno + 1 and not jumped:
        jumped.append(line)
        sys._getframe(1).f_lineno = line + 2
    return None


M.use_tool_id(3, "jumper")
M.register_callback(3, M.events.LINE, on_line)
M.set_events(3, M.events.LINE)
o = []
mon_target(o)
M.set_events(3, 0)
M.free_tool_id(3)
print("monitoring", o, jumped and "jumped")


# a profile function's events: no line events, so every jump is refused (by its event)
def profiled(out):
    out.append(len(out))
    return out


profile_errors = []


def profiler(frame, ev, arg):
    if frame.f_code is profiled.__code__:
        try:
            frame.f_lineno = profiled.__code__.co_firstlineno + 2
        except ValueError as e:
            profile_errors.append("%s: %s" % (ev, e))


sys.setprofile(profiler)
profiled([])
sys.setprofile(None)
print("profile", profile_errors)


# a trace function that sets f_lineno and then raises: the exception comes out of the traced line
def raises_after(out):
    out.append(1)
    try:
        out.append(2)
        out.append(3)
    except RuntimeError as e:
        out.append("caught %s" % e)
    out.append(4)
    out.append(5)


def jump_then_raise(frame, ev, arg):
    if frame.f_code is not raises_after.__code__:
        return jump_then_raise
    if ev == "line" and frame.f_lineno == raises_after.__code__.co_firstlineno + 3:
        frame.f_lineno = raises_after.__code__.co_firstlineno + 4
        raise RuntimeError("from the tracer")
    return jump_then_raise


o = []
sys.settrace(jump_then_raise)
raises_after(o)
sys.settrace(None)
print("raise after jump", o)
raises_after(o)
print("again", o)


# the same from a LINE callback, which stays registered: the lines after the exception still report
raised = []
fired = []


def on_line_raise(code, line):
    if code is raises_after.__code__ and line == code.co_firstlineno + 3 and not fired:
        fired.append(line)
        sys._getframe(1).f_lineno = line + 1
        raise RuntimeError("from the callback")
    if code is raises_after.__code__:
        raised.append(line - code.co_firstlineno)


M.use_tool_id(4, "raiser")
M.register_callback(4, M.events.LINE, on_line_raise)
M.set_events(4, M.events.LINE)
o = []
raises_after(o)
raises_after(o)
M.set_events(4, 0)
M.free_tool_id(4)
print("callback raise after jump", o, raised)
