import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "lines")
hits = []

def on_line(code, line):
    hits.append(line - first)
    if (line - first) % 2 == 0:
        return M.DISABLE

def on_instr(code, off):
    hits.append("i")
    return M.DISABLE

def body(n):
    a = 0
    for i in range(n):
        a += i
        if a > 3:
            a -= 1
    return a

first = body.__code__.co_firstlineno
M.register_callback(T, E.LINE, on_line)
M.register_callback(T, E.INSTRUCTION, on_instr)
M.set_local_events(T, body.__code__, E.LINE | E.INSTRUCTION)
print(body(3))
print(body(2))
M.restart_events()
print(body(1))
M.clear_tool_id(T)
print(M.get_local_events(T, body.__code__) if M.get_tool(T) else "cleared")
print(body(2))
print(hits)
M.free_tool_id(T)
