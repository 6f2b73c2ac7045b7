# Frame objects handed to trace functions, and kept in other ways, stay the frames they were after
# their calls return, however many calls follow (tspy reuses a traced frame only when nothing can
# hold its frame object).
import sys


def add(a, b):
    c = a + b
    return c


# 1. a trace function that ignores its frame; frames kept through sys._getframe and locals()
kept = []
dicts = []


def ignoring(frame, event, arg):
    if event == "call":
        kept.append(sys._getframe(1))
    return ignoring


def with_locals(frame, event, arg):
    if event == "return":
        dicts.append(locals())
    return with_locals


def show(f):
    return (f.f_code.co_name, f.f_lineno, sorted((k, v) for k, v in f.f_locals.items()))


sys.settrace(ignoring)
for i in range(5):
    add(i, 10 * i)
sys.settrace(None)
print("getframe(1):", [show(f) for f in kept])

sys.settrace(with_locals)
for i in range(4):
    add(i, -i)
sys.settrace(None)
print("locals():", [(d["event"], show(d["frame"]), d["arg"]) for d in dicts])


# 2. a trace function that keeps its frame argument
frames = []


def keeping(frame, event, arg):
    if event == "return":
        frames.append((frame, arg))
    return keeping


sys.settrace(keeping)
for i in range(4):
    add(i, i * i)
sys.settrace(None)
print("kept:", [(show(f), r) for f, r in frames])
print("distinct:", len(set(id(f) for f, _ in frames)))


# 3. a trace function that ignores its frame but raises: tracing stops, the traceback keeps frames
def raising(frame, event, arg):
    if event == "line":
        raise RuntimeError("stop")
    return raising


sys.settrace(raising)
try:
    add(1, 2)
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("raised:", e, names, sys.gettrace())
for i in range(3):
    add(i, i)
print("after:", add(2, 3))


# 4. a counting trace function (frame unused) and a profile function: counts only
counts = {}


def counting(frame, event, arg):
    counts[event] = counts.get(event, 0) + 1
    return counting


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


sys.settrace(counting)
r = fib(12)
sys.settrace(None)
print("counting:", r, sorted(counts.items()))
pcounts = {}


def profiling(frame, event, arg):
    pcounts[event] = pcounts.get(event, 0) + 1


sys.setprofile(profiling)
r = fib(10)
sys.setprofile(None)
print("profiling:", r, sorted(pcounts.items()))

# 5. a generator's frame under a trace function that ignores frames
def gen(n):
    for i in range(n):
        yield i * 2


sys.settrace(counting)
g = gen(3)
print("gen:", list(g), g.gi_frame)
sys.settrace(None)


# 6. a frame reused from call to call starts with no local trace function: the one a call's
#    "call" event installed is not the next call's (here, every other call gets none)
events = []
ncalls = [0]


def alternating(frame, event, arg):
    events.append(event)
    if event == "call":
        ncalls[0] += 1
        return alternating if ncalls[0] % 2 else None
    return alternating


sys.settrace(alternating)
for i in range(6):
    add(i, i)
sys.settrace(None)
print("alternating:", events)
