# generator lifecycle: close() runs finally, a generator ignoring GeneratorExit is a RuntimeError,
# throw() into fresh/suspended/finished generators, StopIteration inside a generator, re-entry,
# gi_* attributes, and the messages
def counter(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("  got", received)
    finally:
        print("  counter cleanup")

g = counter(5)
print(next(g), g.send("hello"), next(g))
g.close()
print(g.gi_frame is None, list(g))
g.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
r = returns_on_close()
next(r)
print(r.close())

fresh = counter(3)
try:
    fresh.throw(ValueError("into fresh"))
except ValueError as e:
    print("ValueError", e, "| state after:", fresh.gi_frame is None)

def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("  caught", repr(e))
            yield "recovered"
c = catcher()
next(c)
print(c.throw(KeyError("k")))
next(c)
try:
    c.throw(TypeError, TypeError("plain"))
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(IndexError("after end"))
except IndexError as e:
    print("IndexError", e)

def bad_stop():
    yield 1
    raise StopIteration("leaked")
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

try:
    counter(1).send("first")
except TypeError as e:
    print("TypeError", e)

gen = counter(2)
print(gen.gi_running, gen.gi_suspended if hasattr(gen, "gi_suspended") else "", gen.gi_code.co_name, gen.__name__, gen.__qualname__)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals.get("i"), gen.gi_yieldfrom)
gen.close()
print(type(gen).__name__, repr(gen)[:26])

# a pipeline of generators with early termination
def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  numbers closed at", n)
def squares(src):
    for x in src:
        yield x * x
def take(k, src):
    for i, x in enumerate(src):
        if i >= k:
            return
        yield x
source = numbers()
pipe = take(4, squares(source))
print(list(pipe), pipe.gi_frame is None, source.gi_frame is None)
source.close()
print(source.gi_frame is None, list(source))
print("end")
