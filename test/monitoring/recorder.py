# PEP 669 recorder (issue 5). test/monitoring.test.ts prepends `_REC_MODE = "<mode>"` and this file
# to a target program, appends `_rec_stop()`, and runs the result under tspy and under CPython 3.14:
# the printed event streams must be identical. Offsets are never printed (lines are).
#   all   - one tool, every event, globally (INSTRUCTION runs are collapsed to "xN" counts)
#   local - CALL globally; local events switched on per called function; DISABLE and restart_events
#   two   - two tools at once: a coverage tool (LINE, always DISABLE) and a profiler
#   settrace - sys.settrace and sys.setprofile (tools 7 and 6) printing every event they see
#   bdb   - a small bdb-style debugger on sys.settrace: stops at each function's first line, steps
#           over, into and out, prints the stop location, the stack and the locals
import sys
_M = sys.monitoring
_E = _M.events
_NAMES = ["PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP",
          "BRANCH_LEFT", "BRANCH_RIGHT", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND",
          "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE"]


def _lineof(code, off):
    for start, end, line in code.co_lines():
        if start <= off < end:
            return line
    return None


def _r(v):
    if v is _M.MISSING:
        return "MISSING"
    try:
        s = repr(v)
    except Exception as e:
        return "<repr failed: %s>" % type(e).__name__
    if " at 0x" in s:
        return "<%s object>" % type(v).__name__
    return s


def _callee(c):
    n = getattr(c, "__qualname__", None)
    return n if isinstance(n, str) else _r(c)


_pending = []  # a run of INSTRUCTION events: [qualname, line, count]


def _flush():
    if _pending:
        q, l, n = _pending.pop()
        print("  INSTRUCTION", q, l, "x%d" % n)


def _emit(prefix, name, code, rest):
    _flush()
    print(prefix + name, code.co_qualname, *rest)


def _fmt(name, code, args):
    if name == "LINE":
        return [args[0]]
    off = args[0]
    out = [_lineof(code, off)]
    if name in ("CALL", "C_RETURN", "C_RAISE"):
        out += [_callee(args[1]), _r(args[2])]
    elif name in ("JUMP", "BRANCH_LEFT", "BRANCH_RIGHT"):
        out += ["->", _lineof(code, args[1])]
    elif len(args) > 1:
        out.append(_r(args[1]))
    return out


def _all_mode():
    T = 3
    _M.use_tool_id(T, "recorder")

    def make(name):
        def cb(code, *args):
            _emit("  ", name, code, _fmt(name, code, args))
        return cb

    def instr(code, off):
        line = _lineof(code, off)
        if _pending and _pending[-1][0] == code.co_qualname and _pending[-1][1] == line:
            _pending[-1][2] += 1
        else:
            _flush()
            _pending.append([code.co_qualname, line, 1])

    events = 0
    for name in _NAMES:
        ev = getattr(_E, name)
        _M.register_callback(T, ev, instr if name == "INSTRUCTION" else make(name))
        events |= ev
    _M.set_events(T, events)
    return [T]


def _local_mode():
    T = 4
    _M.use_tool_id(T, "local")
    seen = set()
    hits = {}
    counts = {"ret": 0}
    local = _E.LINE | _E.PY_RETURN | _E.BRANCH_LEFT | _E.BRANCH_RIGHT | _E.JUMP | _E.PY_START | _E.PY_YIELD

    def on_call(code, off, callee, arg0):
        _emit("  ", "CALL", code, _fmt("CALL", code, (off, callee, arg0)))
        c = getattr(callee, "__code__", None)
        if c is not None and c not in seen:
            seen.add(c)
            _M.set_local_events(T, c, local)
            print("  local events on", c.co_qualname, _M.get_local_events(T, c))
        key = ("call", code, off)
        hits[key] = hits.get(key, 0) + 1
        if hits[key] >= 3:
            return _M.DISABLE

    def on_line(code, line):
        _emit("  ", "LINE", code, [line])
        if line % 3 == 0:
            return _M.DISABLE

    def on_jump(code, off, dest):
        _emit("  ", "JUMP", code, _fmt("JUMP", code, (off, dest)))
        return _M.DISABLE

    def branch(name):
        def cb(code, off, dest):
            _emit("  ", name, code, _fmt(name, code, (off, dest)))
            key = (name, code, off)
            hits[key] = hits.get(key, 0) + 1
            if hits[key] >= 2:
                return _M.DISABLE
        return cb

    def on_return(code, off, val):
        _emit("  ", "PY_RETURN", code, _fmt("PY_RETURN", code, (off, val)))
        counts["ret"] += 1
        if counts["ret"] % 5 == 0:
            print("  restart_events")
            _M.restart_events()

    def simple(name):
        def cb(code, *args):
            _emit("  ", name, code, _fmt(name, code, args))
        return cb

    _M.register_callback(T, _E.CALL, on_call)
    _M.register_callback(T, _E.LINE, on_line)
    _M.register_callback(T, _E.JUMP, on_jump)
    _M.register_callback(T, _E.BRANCH_LEFT, branch("BRANCH_LEFT"))
    _M.register_callback(T, _E.BRANCH_RIGHT, branch("BRANCH_RIGHT"))
    _M.register_callback(T, _E.PY_RETURN, on_return)
    _M.register_callback(T, _E.PY_START, simple("PY_START"))
    _M.register_callback(T, _E.PY_YIELD, simple("PY_YIELD"))
    _M.set_events(T, _E.CALL)
    return [T]


def _two_mode():
    COV, PROF = 1, 2
    _M.use_tool_id(COV, "coverage")
    _M.use_tool_id(PROF, "profiler")

    def cov_line(code, line):
        _emit("  cov ", "LINE", code, [line])
        return _M.DISABLE

    def prof(name):
        def cb(code, *args):
            _emit("  prof ", name, code, _fmt(name, code, args))
        return cb

    _M.register_callback(COV, _E.LINE, cov_line)
    _M.register_callback(COV, _E.BRANCH_LEFT, prof("BRANCH_LEFT"))
    pevents = 0
    for name in ["PY_START", "PY_RETURN", "PY_YIELD", "PY_RESUME", "CALL", "C_RETURN", "C_RAISE",
                 "PY_UNWIND", "LINE", "RAISE"]:
        ev = getattr(_E, name)
        _M.register_callback(PROF, ev, prof(name))
        pevents |= ev
    _M.set_events(COV, _E.LINE | _E.BRANCH_LEFT)
    _M.set_events(PROF, pevents)
    return [COV, PROF]


def _tracer(frame, event, arg):
    if event == "exception":
        a = "%s %s %s" % (arg[0].__name__, _r(arg[1]), type(arg[2]).__name__)
    else:
        a = _r(arg)
    print("  T", event, frame.f_code.co_qualname, frame.f_lineno, a)
    return _tracer


def _profiler(frame, event, arg):
    a = _callee(arg) if event.startswith("c_") else _r(arg)
    print("  P", event, frame.f_code.co_qualname, a)


def _settrace_mode():
    sys.setprofile(_profiler)
    return []


class _MiniDb:
    """Stops like bdb: at the first line of every function not seen before; from a stop it steps over
    (next) twice, steps into (step) once, steps out (return) once, then continues."""

    def __init__(self):
        self.seen = set()
        self.plan = []
        self.mode = "continue"
        self.stopframe = None

    def stop(self, frame, why):
        names = []
        f = frame
        while f is not None and f.f_code.co_filename == frame.f_code.co_filename:
            names.append(f.f_code.co_qualname)
            f = f.f_back
        loc = {}
        if frame.f_code.co_name != "<module>":
            for k, v in sorted(frame.f_locals.items()):
                loc[k] = _r(v)
        print("  stop", why, frame.f_code.co_qualname, frame.f_lineno, "/".join(names), loc)
        self.mode = self.plan.pop(0) if self.plan else "continue"
        self.stopframe = frame

    def dispatch(self, frame, event, arg):
        if event == "call":
            if frame.f_code.co_name.startswith("_"):
                return None
            if self.mode == "step" or frame.f_code not in self.seen:
                return self.dispatch
            return self.dispatch if self.mode != "continue" else None
        if event == "line":
            code = frame.f_code
            if code not in self.seen:
                self.seen.add(code)
                self.plan = ["next", "next", "step", "return"]
                self.stop(frame, "entry")
            elif self.mode == "step":
                self.stop(frame, "step")
            elif self.mode == "next" and frame is self.stopframe:
                self.stop(frame, "next")
        elif event == "return":
            if self.mode in ("next", "return") and frame is self.stopframe:
                print("  return from", frame.f_code.co_qualname, _r(arg))
                self.mode = "step" if self.plan else "continue"
                self.stopframe = frame.f_back
        elif event == "exception":
            print("  exception in", frame.f_code.co_qualname, frame.f_lineno, arg[0].__name__)
        return self.dispatch


def _bdb_mode():
    return []


_TOOLS = {"all": _all_mode, "local": _local_mode, "two": _two_mode, "settrace": _settrace_mode,
          "bdb": _bdb_mode}[_REC_MODE]()
print("recording", _REC_MODE)
if _REC_MODE == "settrace":
    sys._getframe().f_trace = _tracer
    sys.settrace(_tracer)
elif _REC_MODE == "bdb":
    _db = _MiniDb()
    sys._getframe().f_trace = _db.dispatch
    sys.settrace(_db.dispatch)


def _rec_stop():
    sys.settrace(None)
    sys.setprofile(None)
    for t in _TOOLS:
        _M.set_events(t, 0)
    _flush()
    for t in _TOOLS:
        _M.free_tool_id(t)
    print("stopped", [_M.get_tool(t) for t in _TOOLS])
