import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "one-liners")
lines = []

def on_line(code, line):
    lines.append((code.co_name, line - base))

base = sys.monitoring.get_tool.__class__ and 0
square = lambda v: v * v
def twice(v): return v + v
base = twice.__code__.co_firstlineno
M.register_callback(T, E.LINE, on_line)
for fn in (square, twice):
    M.set_local_events(T, fn.__code__, E.LINE)
print(list(map(square, [1, 2])))
print(list(map(twice, [3])))
print(square(3), twice(4))
M.set_local_events(T, square.__code__, 0)
M.set_local_events(T, twice.__code__, 0)
print(lines)
M.free_tool_id(T)
