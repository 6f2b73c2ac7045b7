import sys

M = sys.monitoring
E = M.events
T = 1 if M.get_tool(1) is None else 5
M.use_tool_id(T, "errors")

def on_raise(code, off, exc):
    return M.DISABLE

def on_call(code, off, callee, arg0):
    if getattr(callee, "__name__", "") == "explode":
        raise KeyError("from callback")

def explode():
    return "not reached"

def boom():
    raise ValueError("boom")

M.register_callback(T, E.RAISE, on_raise)
M.set_events(T, E.RAISE)
try:
    boom()
except ValueError as e:
    print("caught", e)
except Exception as e:
    print("callback error:", type(e).__name__, e)
print("raise callback now", M.register_callback(T, E.RAISE, None))
M.set_events(T, 0)
M.register_callback(T, E.CALL, on_call)
M.set_events(T, E.CALL)
try:
    explode()
except KeyError as e:
    print("call callback raised", e)
M.set_events(T, 0)
print(M.register_callback(T, E.CALL, None) is on_call)
for bad in (lambda: M.set_events(T, 1 << 30), lambda: M.use_tool_id(T, "again"), lambda: M.get_tool(9)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
M.free_tool_id(T)
