# Trace functions past their first few hundred calls (by then tspy calls their compiled code
# straight from the trampoline, eval.ts callFunction3): one that raises, one that handles its own
# exception, one that reaches the recursion limit, and tracers of the other shapes (a closure,
# defaults, *args, a bound method) that take the general call path.
import sys


def work(n):
    t = 0
    for i in range(n):
        t += i
    return t


# 1. a tracer that raises on its 500th call: the exception leaves the traced line, the trace
#    function is removed (CPython: call_trace_func's error path clears it)
count = 0


def raising(frame, event, arg):
    global count
    count += 1
    if count == 500:
        raise ValueError(f"tracer gave up at {event} line {frame.f_lineno - frame.f_code.co_firstlineno}")
    return raising


sys.settrace(raising)
try:
    work(1000)
except ValueError as e:
    print("1. caught:", e, "| trace now", sys.gettrace())
sys.settrace(None)
print("1. calls:", count)

# 2. a tracer whose own handler runs on every odd line
seen = []


def handling(frame, event, arg):
    try:
        if event == "line" and frame.f_lineno % 2:
            raise KeyError(frame.f_lineno - frame.f_code.co_firstlineno)
    except KeyError as k:
        seen.append(k.args[0])
    return handling


sys.settrace(handling)
r = work(300)
sys.settrace(None)
print("2.", r, len(seen), seen[:6], sorted(set(seen)))

# 3. a tracer returning a different function for local events, which stops tracing the frame
#    after a number of lines by returning None from a 'line' event
lines = []


def local(frame, event, arg):
    lines.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return local if len(lines) < 700 else None


def global_(frame, event, arg):
    return local


sys.settrace(global_)
work(400)
work(3)
sys.settrace(None)
print("3.", len(lines), lines[:4], lines[-4:])


# 4. unbounded recursion under a tracer: RecursionError, and tracing goes on afterwards
def rec(n):
    return rec(n + 1)


events = [0]


def counting(frame, event, arg):
    events[0] += 1
    return counting


sys.settrace(counting)
try:
    rec(0)
except RecursionError as e:
    print("4. RecursionError:", e)
after = events[0]
work(10)
sys.settrace(None)
print("4. traced after:", events[0] - after)


# 5. tracers of other shapes: a closure, a default, *args, a bound method
def make_closure():
    n = [0]

    def tracer(frame, event, arg):
        n[0] += 1
        return tracer

    return tracer, n


def with_default(frame, event, arg, extra=[0]):
    extra[0] += 1
    return with_default


def star(*args):
    star.n = getattr(star, "n", 0) + 1
    return star


class Tracer:
    def __init__(self):
        self.n = 0

    def __call__(self, frame, event, arg):
        self.n += 1
        return self

    def method(self, frame, event, arg):
        self.n += 1
        return self.method


closure, cn = make_closure()
t1, t2 = Tracer(), Tracer()
for tracer in (closure, with_default, star, t1, t2.method):
    sys.settrace(tracer)
    work(200)
    sys.settrace(None)
print("5.", cn[0], with_default.__defaults__[0][0], star.n, t1.n, t2.n)
