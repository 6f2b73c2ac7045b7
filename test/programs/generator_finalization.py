# Generator finalization: close() runs finally blocks, GeneratorExit handling, return values


def worker(log):
    log.append("start")
    try:
        while True:
            item = yield
            log.append(f"got {item}")
    except GeneratorExit:
        log.append("closing")
        raise
    finally:
        log.append("finally")


log = []
g = worker(log)
next(g)
g.send(1)
g.send(2)
print(g.close(), log)
print(g.close(), g.gi_suspended, g.gi_running)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "cleanup result"


g = returns_on_close()
next(g)
print("close() returned", repr(g.close()))


def ignores_exit():
    refused = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("  refusing to exit")


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("second close:", g.close())


def unstarted():
    print("never printed")
    yield


g = unstarted()
print(g.close(), g.gi_frame is None)
try:
    next(g)
except StopIteration:
    print("closed before start: exhausted")


def with_return(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


g = with_return(3)
next(g)
g.send(10)
g.send(20)
try:
    g.send(30)
except StopIteration as e:
    print("returned", e.value, e.args)


def delegating():
    result = yield from with_return(2)
    print("  sub-generator returned", result)
    yield "after"


g = delegating()
print(next(g), g.send(5), g.send(6))


def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raises_in_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)


def throw_target():
    try:
        yield "ready"
    except KeyError as e:
        yield f"handled {e!r}"
    yield "end"


g = throw_target()
print(next(g), g.throw(KeyError("k")), next(g))
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame)


def stop_iteration_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

g = (x * x for x in range(3))
print(next(g), g.close(), list(g))
