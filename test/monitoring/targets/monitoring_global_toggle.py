import sys

M = sys.monitoring
E = M.events
TOOL = 0
M.use_tool_id(TOOL, "toggler")
calls = []

def on_call(code, off, callee, arg0):
    calls.append(getattr(callee, "__name__", "?"))

def on_branch(code, off, dest):
    calls.append("branch")
    return M.DISABLE

def helper(x):
    return x if x > 1 else -x

M.register_callback(TOOL, E.CALL, on_call)
M.register_callback(TOOL, E.BRANCH_LEFT, on_branch)
M.register_callback(TOOL, E.BRANCH_RIGHT, on_branch)
M.set_events(TOOL, E.CALL | E.BRANCH_LEFT | E.BRANCH_RIGHT)
helper(1)
helper(5)
helper(0)
M.set_events(TOOL, 0)
helper(2)
M.set_events(TOOL, E.CALL)
helper(3)
M.set_events(TOOL, 0)
print(calls)
M.register_callback(TOOL, E.CALL, None)
M.free_tool_id(TOOL)
print(M.get_tool(TOOL))
