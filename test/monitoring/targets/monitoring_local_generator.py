import sys

M = sys.monitoring
E = M.events
T = 5
M.use_tool_id(T, "gen watcher")
log = []

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            log.append(("sent", x))
    return n

def record(name):
    def cb(code, *args):
        log.append((name, code.co_name) + tuple(a for a in args[1:] if not isinstance(a, int) or a < 100))
        if name == "PY_YIELD" and len(log) > 8:
            return M.DISABLE
    return cb

for name in ("PY_START", "PY_RESUME", "PY_YIELD", "PY_RETURN", "STOP_ITERATION"):
    M.register_callback(T, getattr(E, name), record(name))
M.set_local_events(T, gen.__code__, E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN)
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as s:
    print("returned", s.value)
M.restart_events()
print(list(gen(2)))
M.set_local_events(T, gen.__code__, 0)
print(list(gen(1)))
for entry in log:
    print(entry)
M.free_tool_id(T)
