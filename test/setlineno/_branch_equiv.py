# Jumps from the BRANCH events where CPython 3.14 leaves its value stack one value off after the
# jump (a taken conditional jump's BRANCH_RIGHT, FOR_ITER's BRANCH_LEFT, POP_ITER's BRANCH_RIGHT):
# setlineno.test.ts runs this file with argument "branch" under tspy (the callback of that BRANCH
# event sets f_lineno) and with argument "line" under CPython (the branch only arms a LINE callback,
# which makes the same jump at the next LINE event of the frame: the branch's destination line,
# reached with the stack the branch left). The outputs must be identical. Cases are chosen so that
# nothing runs between the two events that the jump would skip: statement-level conditionals whose
# destination starts a line, FOR_ITER's item not read after the jump, forward jumps from POP_ITER.
# Lines are relative to the def line.
import sys
import warnings

MODE = sys.argv[1]
E = sys.monitoring.events
TOOL = 2


def taken_if(out, n):
    out.append(0)
    if n > 0:
        out.append("pos")
    out.append("after")
    out.append("end")
    return out


def not_none(out, v):
    out.append(0)
    if v is None:
        out.append("none")
    out.append("after")
    out.append("end")
    return out


def negated(out, v):
    out.append(0)
    if not v:
        out.append("falsy")
        out.append("falsy 2")
    else:
        out.append("truthy")
    out.append("end")
    return out


def loop_if(out):
    for i in range(4):
        if i % 2 == 0:
            out.append("even")
        out.append(i)
    out.append("end")
    return out


def while_exit(out):
    i = 0
    while i < 2:
        i += 1
        out.append(i)
    out.append("end")
    out.append("end 2")
    return out


def for_loop(out):
    for i in range(3):
        out.append("body")
        out.append("b2")
    out.append("end")
    out.append("end 2")
    return out


def nested_for(out):
    for i in range(2):
        for j in range(2):
            out.append("inner")
            out.append("inner 2")
        out.append("outer")
    out.append("end")
    return out


def run(func, event, frm, to, args=(), nth=1):
    out = []
    code = func.__code__
    first = code.co_firstlineno
    state = {"hits": 0, "armed": False, "log": []}

    def jump(fr):
        try:
            fr.f_lineno = first + to
            state["log"].append("jumped %d" % (fr.f_lineno - first))
        except ValueError as e:
            state["log"].append("ValueError: %s" % e)

    def on_branch(c, src, dest):
        if c is not code:
            return
        fr = sys._getframe(1)
        if fr.f_lineno != first + frm:
            return
        state["hits"] += 1
        if state["hits"] != nth:
            return
        if MODE == "branch":
            jump(fr)
        else:
            state["armed"] = True

    def on_line(c, line):
        if c is code and state["armed"]:
            state["armed"] = False
            jump(sys._getframe(1))

    sys.monitoring.use_tool_id(TOOL, "equiv")
    sys.monitoring.register_callback(TOOL, event, on_branch)
    sys.monitoring.register_callback(TOOL, E.LINE, on_line)
    sys.monitoring.set_local_events(TOOL, code, event | E.LINE)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = func(out, *args)
        except Exception as e:
            res = "raised %s: %s" % (type(e).__name__, e)
        finally:
            sys.monitoring.set_local_events(TOOL, code, 0)
            sys.monitoring.register_callback(TOOL, event, None)
            sys.monitoring.register_callback(TOOL, E.LINE, None)
            sys.monitoring.free_tool_id(TOOL)
    name = "BRANCH_LEFT" if event == E.BRANCH_LEFT else "BRANCH_RIGHT"
    print(func.__name__, name, frm, "->", to, res, state["log"], [str(w.message) for w in caught])


R, L = E.BRANCH_RIGHT, E.BRANCH_LEFT
# POP_JUMP_IF_FALSE / _NOT_NONE / _TRUE taken
run(taken_if, R, 2, 5, (0,))
run(taken_if, R, 2, 3, (0,))
run(taken_if, R, 2, 1, (0,))
run(not_none, R, 2, 3, (1,))
run(not_none, R, 2, 5, (1,))
run(negated, R, 2, 3, (1,))
run(negated, R, 2, 7, (1,))
run(negated, R, 2, 8, (1,))
run(loop_if, R, 2, 3)
run(loop_if, R, 2, 5)
run(loop_if, R, 2, 1, nth=2)
run(loop_if, R, 2, 6)
run(while_exit, R, 2, 3, nth=3)
run(while_exit, R, 2, 6, nth=1)
run(while_exit, R, 2, 6, nth=3)
# FOR_ITER's next item (not read after the jump), then POP_ITER at the loop's end
run(for_loop, L, 1, 3, nth=2)
run(for_loop, L, 1, 4, nth=2)
run(for_loop, L, 1, 5, nth=3)
run(nested_for, L, 2, 4, nth=2)
run(nested_for, L, 2, 5, nth=2)
run(nested_for, L, 2, 6, nth=2)
run(for_loop, R, 1, 5)
run(for_loop, R, 1, 6)
run(nested_for, R, 2, 6)
run(nested_for, R, 2, 7)
