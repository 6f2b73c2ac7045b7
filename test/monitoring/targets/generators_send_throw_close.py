def acc():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError:
                print("reset")
                total = 0
                continue
            total += v
    finally:
        print("closing at", total)

g = acc()
next(g)
print(g.send(5))
print(g.send(2))
print(g.throw(ValueError))
print(g.send(1))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("stopped")
