import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "grouping")
seen = []

def on_call(code, off, callee, arg0):
    seen.append("call " + getattr(callee, "__name__", "?"))

def on_c_return(code, off, callee, arg0):
    seen.append("c_return " + getattr(callee, "__name__", "?"))

M.register_callback(T, E.CALL, on_call)
M.register_callback(T, E.C_RETURN, on_c_return)
M.set_events(T, E.CALL)
len("abc")
abs(-1)
try:
    M.set_events(T, E.C_RETURN)
except ValueError as e:
    print(e)
M.set_events(T, E.CALL | E.C_RETURN | E.C_RAISE)
print("events now", M.get_events(T) == E.CALL)
len("x")
M.set_events(T, E.BRANCH)
print(M.get_events(T) == E.BRANCH_LEFT | E.BRANCH_RIGHT)
M.set_events(T, 0)
for s in seen:
    print(s)
M.free_tool_id(T)
