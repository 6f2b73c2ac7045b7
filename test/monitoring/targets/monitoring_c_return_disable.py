import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "c events")
log = []

def on_c_return(code, off, callee, arg0):
    log.append(getattr(callee, "__name__", "?"))
    return M.DISABLE

M.register_callback(T, E.C_RETURN, on_c_return)
try:
    # the C_RETURN of this very call already reaches the callback, whose DISABLE is refused
    M.set_events(T, E.CALL | E.C_RETURN | E.C_RAISE)
except ValueError as e:
    print("ValueError:", e)
len("again")
try:
    # registering again: the C_RETURN of register_callback itself is refused the same way
    M.register_callback(T, E.C_RETURN, on_c_return)
except ValueError as e:
    print("ValueError:", e)
len("abc")
M.set_events(T, 0)
print(log, M.register_callback(T, E.C_RETURN, None))
M.free_tool_id(T)
