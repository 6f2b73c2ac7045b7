# _contextvars: ContextVar/Token/Context/copy_context, run() isolation, reset rules and errors.
import _contextvars as cv

v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, v.get(), v.get(5), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is w)
t = v.set(10)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
t2 = v.set(20)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
for bad_token, exc in [(t2, RuntimeError), (5, TypeError)]:
    try:
        v.reset(bad_token)
    except exc as e:
        print(type(e).__name__)
tw = w.set("x")
try:
    v.reset(tw)
except ValueError:
    print("ValueError different var")
v.reset(t)
print(v.get())

ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), w in ctx, ctx[w], ctx.get(v, "none"), ctx.get(w), list(ctx.keys()) == [w], list(ctx.values()), [(k.name, x) for k, x in ctx.items()])

def inside(a, b=0):
    v.set(a + b)
    w.set("inner")
    return v.get(), w.get(), len(cv.copy_context())

print(ctx.run(inside, 5, b=6), v.get(), w.get(), ctx[v], ctx[w])
print(ctx.run(lambda: v.get()))
try:
    ctx.run(lambda: ctx.run(lambda: None))
except RuntimeError:
    print("RuntimeError already entered")
tok = v.set(99)
try:
    ctx.run(v.reset, tok)
except ValueError:
    print("ValueError different context")
v.reset(tok)

empty = cv.Context()
print(len(empty), list(empty), empty.get(v), empty.run(v.get), empty.run(w.get, "default here"))
try:
    empty[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
for bad in [lambda: empty[5], lambda: 5 in empty, lambda: cv.ContextVar(5), lambda: cv.Context(1), lambda: cv.Token(), lambda: cv.ContextVar("a", default=1, other=2)]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e if "0x" not in str(e) else "")
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2 == empty, cv.ContextVar[int], cv.Token[str])
with v.set(123) as tk:
    print("in with", v.get(), type(tk).__name__)
print("after with", v.get())
print(v.get(), len(cv.copy_context()), sorted(x.name for x in cv.copy_context()))
