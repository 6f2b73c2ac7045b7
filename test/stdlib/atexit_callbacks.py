# atexit: register/unregister and _run_exitfuncs (what runs at exit is pinned against native
# python3 by test/atexit.test.ts: the oracle's harness does not finalize the interpreter).
import atexit

def f(*a, **k):
    print("f", a, k)

def g():
    print("g")

def bad():
    raise ValueError("boom")

atexit._clear()
print(atexit.register(f, 1, x=2) is f)
atexit.register(g)
atexit.register(f, 3)
print(atexit._ncallbacks())
atexit.unregister(f)
print(atexit._ncallbacks())
for args in [(5,), ()]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError", e)
atexit.register(f, "again")
atexit.register(lambda: print("lambda"))
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(g)
atexit._clear()
print(atexit._ncallbacks())
