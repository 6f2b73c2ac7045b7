import atexit, sys

def f(*a, **k):
    print("f", a, k)

atexit.register(f, "registered first", k=1)
atexit.register(print, "registered second")
atexit.register(f, "unregistered")
atexit.unregister(f)
atexit.register(f, "registered last")
print("main ends")
sys.exit(3)
