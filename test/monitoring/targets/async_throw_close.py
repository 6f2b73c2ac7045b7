class Pause:
    def __await__(self):
        v = yield "pause"
        return v

async def loop():
    n = 0
    try:
        while True:
            try:
                n += await Pause() or 1
            except ValueError:
                print("value error inside")
    finally:
        print("finally n =", n)

c = loop()
print(c.send(None))
print(c.send(2))
print(c.throw(ValueError("x")))
c.close()
print("closed")
c2 = loop()
c2.close()
print("never started")
