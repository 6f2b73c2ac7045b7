import sys

M = sys.monitoring
M.use_tool_id(1, "coverage")
lines = set()


def on_line(code, line):
    lines.add((code.co_name, line))
    return M.DISABLE


M.register_callback(1, M.events.LINE, on_line)
M.set_events(1, M.events.LINE)


def traced(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)
    return None


calls = []


def square(x):
    y = x * x
    return y


total = 0
for i in range(4):
    total += square(i)
sys.settrace(traced)
square(5)
sys.settrace(None)
M.set_events(1, 0)
print("total", total)
print("lines", sorted(l for n, l in lines if n == "square"))
print("calls", calls)
