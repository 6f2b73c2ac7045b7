import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "self")
events = []

def on_line(code, line):
    events.append(line - base)

def selfwatch(n):
    total = 0
    for i in range(n):
        if i == 1:
            M.set_local_events(T, selfwatch.__code__, E.LINE)
        total += i
        if i == 3:
            M.set_local_events(T, selfwatch.__code__, 0)
    return total

base = selfwatch.__code__.co_firstlineno
M.register_callback(T, E.LINE, on_line)
print(selfwatch(5))
print(events)
M.free_tool_id(T)
