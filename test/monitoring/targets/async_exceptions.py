class Fail:
    def __await__(self):
        yield "about to fail"
        raise KeyError("async")

async def risky():
    try:
        await Fail()
    except KeyError as e:
        print("caught in coroutine", e)
        return "recovered"

async def unhandled():
    await Fail()

def drive(c):
    try:
        while True:
            print("yielded", c.send(None))
    except StopIteration as e:
        return e.value
    except KeyError as e:
        return "escaped " + str(e)

print(drive(risky()))
print(drive(unhandled()))
