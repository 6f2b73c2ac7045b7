# Setting f_lineno at a generator's yield and resumption: a trace function's 'return' event at a
# yield (PY_YIELD: nothing is yielded, the generator goes on at the target) and its 'call' event
# when the generator resumes (PY_RESUME: the sent value is dropped), and the same from
# sys.monitoring PY_YIELD / PY_RESUME callbacks. Each case drives a generator with next() and
# send(), makes one jump (lines relative to the def line) and prints what was yielded, what the
# generator saw, the error or warning the jump gave, and the trace events.
import sys
import warnings


def gen(out):
    out.append(1)
    x = yield "a"
    out.append(("x", x))
    y = yield "b"
    out.append(("y", y))
    yield "c"
    out.append(6)


def gen_loop(out):
    for i in range(3):
        got = yield i
        out.append((i, got))
    out.append("end")


def gen_try(out):
    try:
        out.append(2)
        v = yield "t"
        out.append(("v", v))
    except KeyError:
        out.append("handler")
    out.append("after")
    yield "u"


def drive(g):
    res = []
    try:
        res.append(next(g))
        res.append(g.send("S1"))
        res.append(g.send("S2"))
        res.append(g.send("S3"))
        res.append(g.send("S4"))
    except StopIteration:
        res.append("stop")
    except Exception as e:
        res.append("raised %s: %s" % (type(e).__name__, e))
    return res


def traced(func, event, frm, to, nth=1):
    out = []
    first = func.__code__.co_firstlineno
    state = {"done": False, "err": None, "hits": 0}
    seen = []

    def tracer(frame, ev, arg):
        if frame.f_code is not func.__code__:
            return None
        seen.append("%s %d" % (ev, frame.f_lineno - first))
        if ev == event and not state["done"] and frame.f_lineno == first + frm:
            state["hits"] += 1
            if state["hits"] == nth:
                state["done"] = True
                try:
                    frame.f_lineno = first + to
                    seen.append("jumped %d" % (frame.f_lineno - first))
                except ValueError as e:
                    state["err"] = "ValueError: %s" % e
        return tracer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sys.settrace(tracer)
        try:
            res = drive(func(out))
        finally:
            sys.settrace(None)
    print("trace", func.__name__, event, frm, "->", to, res, out, state["err"] or "",
          [str(w.message) for w in caught])
    print("   events:", ", ".join(seen))


# 'return' at a yield: backwards, forwards, to the yield's own line, into a for body, out of a loop
traced(gen, "return", 2, 1)
traced(gen, "return", 2, 4)
traced(gen, "return", 4, 2)
traced(gen, "return", 2, 7)
traced(gen, "return", 2, 8)
traced(gen_loop, "return", 2, 4)
traced(gen_loop, "return", 2, 3, nth=2)
traced(gen_loop, "return", 2, 1)
traced(gen_try, "return", 3, 6)
traced(gen_try, "return", 3, 7)
traced(gen_try, "return", 3, 1)
# 'call' when the generator resumes (the first 'call' is a new frame's: refused)
traced(gen, "call", 0, 1)
traced(gen, "call", 2, 5)
traced(gen, "call", 2, 1)
traced(gen, "call", 4, 3)
traced(gen, "call", 4, 8)
traced(gen_loop, "call", 2, 4)
traced(gen_loop, "call", 2, 3, nth=2)
traced(gen_try, "call", 3, 4)
traced(gen_try, "call", 3, 6)
traced(gen_try, "call", 3, 7)
traced(gen_try, "call", 3, 8)


# sys.monitoring PY_YIELD and PY_RESUME callbacks, jumping through sys._getframe(1)
E = sys.monitoring.events
TOOL = 4


def monitored(func, event, frm, to, nth=1):
    out = []
    first = func.__code__.co_firstlineno
    state = {"hits": 0, "log": []}

    def cb(code, offset, *rest):
        if code is not func.__code__:
            return
        fr = sys._getframe(1)
        if fr.f_lineno != first + frm:
            return
        state["hits"] += 1
        if state["hits"] != nth:
            return
        try:
            fr.f_lineno = first + to
            state["log"].append("jumped %d" % (fr.f_lineno - first))
        except ValueError as e:
            state["log"].append("ValueError: %s" % e)

    sys.monitoring.use_tool_id(TOOL, "jumper")
    sys.monitoring.register_callback(TOOL, event, cb)
    sys.monitoring.set_local_events(TOOL, func.__code__, event)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = drive(func(out))
        finally:
            sys.monitoring.set_local_events(TOOL, func.__code__, 0)
            sys.monitoring.register_callback(TOOL, event, None)
            sys.monitoring.free_tool_id(TOOL)
    print("monitor", func.__name__, event, frm, "->", to, res, out, state["log"],
          [str(w.message) for w in caught])


monitored(gen, E.PY_YIELD, 2, 1)
monitored(gen, E.PY_YIELD, 4, 7)
monitored(gen_loop, E.PY_YIELD, 2, 4, nth=2)
monitored(gen, E.PY_RESUME, 2, 5)
monitored(gen, E.PY_RESUME, 4, 1)
monitored(gen_loop, E.PY_RESUME, 2, 4)
monitored(gen_try, E.PY_RESUME, 3, 7)
monitored(gen_try, E.PY_YIELD, 3, 8)
monitored(gen, E.PY_START, 0, 2)
