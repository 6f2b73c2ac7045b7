class Lock:
    def __enter__(self):
        print("locked")
        return self
    def __exit__(self, *exc):
        print("unlocked", exc[0].__name__ if exc[0] else None)

class Later:
    def __await__(self):
        yield "later"
        return "done later"

async def critical(fail):
    with Lock():
        r = await Later()
        if fail:
            raise ValueError("inside lock")
        return r

def drive(c):
    try:
        while True:
            print("yield", c.send(None))
    except StopIteration as e:
        return e.value
    except ValueError as e:
        return "error " + str(e)

print(drive(critical(False)))
print(drive(critical(True)))
