# Generator protocol: send(), throw(), close(), gi_running-style errors, GeneratorExit and return values.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("  generator caught", type(e).__name__, e)
                received.append("error")
    finally:
        print("  cleanup, received", received)

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("bad value")))
print(g.send(None))
g.close()
print("closed")
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)

g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(next(g2))
try:
    g2.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
try:
    next(g2)
except StopIteration:
    print("g2 finished")

def returns():
    x = yield 1
    return f"got {x}"
g3 = returns()
next(g3)
try:
    g3.send("done")
except StopIteration as e:
    print("return value:", e.value, e.args)

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g4 = ignore_exit()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"
g5 = close_returns()
next(g5)
print("close() ->", g5.close())
print("close again ->", g5.close())
print("close unstarted ->", close_returns().close())

def throw_type():
    try:
        yield
    except Exception as e:
        yield f"caught {type(e).__name__}: {e}"
g6 = throw_type()
next(g6)
print(g6.throw(IndexError))
g7 = throw_type()
next(g7)
print(g7.throw(IndexError("with message")))

def unstarted():
    print("never printed")
    yield
g8 = unstarted()
try:
    g8.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw propagates:", e)
print(list(g8))

def running():
    yield g9.send(None)
g9 = running()
try:
    next(g9)
except ValueError as e:
    print(type(e).__name__, e)

def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
print(type(c).__name__, c.__name__, c.__qualname__)
g10 = echo()
next(g10)
print(g10.throw(ValueError("x")))
try:
    g10.throw(42)
except TypeError as e:
    print(type(e).__name__, e)
print(g10.gi_running, g10.gi_suspended, g10.gi_yieldfrom)
g10.close()
gen = (i for i in range(3))
print(next(gen), gen.send(None), list(gen))
try:
    gen.throw(TypeError("into finished genexpr"))
except TypeError as e:
    print(type(e).__name__, e)
