import sys

M = sys.monitoring
E = M.events
TOOL = 5
M.use_tool_id(TOOL, "target tool")
seen = []

def on_line(code, line):
    seen.append(("line", code.co_name, line))
    if len(seen) > 6:
        return M.DISABLE

def on_return(code, off, value):
    seen.append(("return", code.co_name, value))

def work(n):
    t = 0
    for i in range(n):
        t += i
    return t

M.register_callback(TOOL, E.LINE, on_line)
M.register_callback(TOOL, E.PY_RETURN, on_return)
M.set_local_events(TOOL, work.__code__, E.LINE | E.PY_RETURN)
print(work(3))
print(work(2))
M.restart_events()
print(work(1))
M.set_local_events(TOOL, work.__code__, 0)
print(work(4))
for s in seen:
    print(s)
print(M.get_tool(TOOL), M.get_events(TOOL), M.get_local_events(TOOL, work.__code__))
M.free_tool_id(TOOL)
