# Setting f_lineno from a sys.monitoring BRANCH_LEFT callback at a conditional that was not taken
# (the NOT_TAKEN after the conditional jump: the condition is popped, as at the line it falls
# through to): each case makes one jump (lines relative to the def line) and prints what the
# function did, and the error or warning the jump gave. The other BRANCH sites (a taken jump,
# FOR_ITER, POP_ITER) are in branch_equivalence.test.ts: CPython 3.14 leaves its stack one value
# off after those jumps.
import sys
import warnings

E = sys.monitoring.events
TOOL = 3


def if_else(out, n):
    out.append(0)
    if n > 0:
        out.append("pos")
        out.append("pos2")
    else:
        out.append("neg")
    out.append("after")
    return out


def in_loop(out):
    for i in range(4):
        if i % 2:
            out.append(("odd", i))
            out.append("more")
        out.append(i)
    out.append("end")
    return out


def while_loop(out):
    i = 0
    while i < 3:
        i += 1
        out.append(i)
    out.append("end")
    return out


def nested_try(out, n):
    try:
        if n:
            out.append("in try")
            out.append("try 2")
    except KeyError:
        out.append("handler")
    finally:
        out.append("finally")
    out.append("end")
    return out


def with_block(out, n):
    class CM:
        def __enter__(self):
            out.append("enter")

        def __exit__(self, *a):
            out.append("exit")

    with CM():
        if n:
            out.append("body")
            out.append("body 2")
    out.append("end")
    return out


def run(func, frm, to, args=(), nth=1):
    out = []
    first = func.__code__.co_firstlineno
    state = {"hits": 0, "log": []}

    def cb(code, src, dest):
        if code is not func.__code__:
            return
        fr = sys._getframe(1)
        if fr.f_lineno != first + frm:
            return
        state["hits"] += 1
        if state["hits"] != nth:
            return
        try:
            fr.f_lineno = first + to
            state["log"].append("jumped %d" % (fr.f_lineno - first))
        except ValueError as e:
            state["log"].append("ValueError: %s" % e)

    sys.monitoring.use_tool_id(TOOL, "brancher")
    sys.monitoring.register_callback(TOOL, E.BRANCH_LEFT, cb)
    sys.monitoring.set_local_events(TOOL, func.__code__, E.BRANCH_LEFT)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = func(out, *args)
        except Exception as e:
            res = "raised %s: %s" % (type(e).__name__, e)
        finally:
            sys.monitoring.set_local_events(TOOL, func.__code__, 0)
            sys.monitoring.register_callback(TOOL, E.BRANCH_LEFT, None)
            sys.monitoring.free_tool_id(TOOL)
    print(func.__name__, frm, "->", to, res, state["log"], [str(w.message) for w in caught])


run(if_else, 2, 4, (1,))
run(if_else, 2, 7, (1,))
run(if_else, 2, 6, (1,))
run(if_else, 2, 1, (1,))
run(if_else, 2, 9, (1,))
run(in_loop, 2, 5)
run(in_loop, 2, 6, nth=2)
run(in_loop, 2, 1, nth=2)
run(in_loop, 2, 0)
run(in_loop, 2, 7)
run(while_loop, 2, 5)
run(while_loop, 2, 4, nth=2)
run(nested_try, 2, 4, (1,))
run(nested_try, 2, 6, (1,))
run(nested_try, 2, 8, (1,))
run(nested_try, 2, 9, (1,))
run(with_block, 9, 11, (1,))
run(with_block, 9, 12, (1,))
run(with_block, 9, 1, (1,))
