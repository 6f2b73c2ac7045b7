def resource():
    print("acquire")
    try:
        yield 1
        yield 2
    finally:
        print("release")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

g = resource()
print(next(g))
g.close()
print(list(resource()))
h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("runtime error:", e)

def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise

c = catch_exit()
next(c)
c.close()
print("closed cleanly")
