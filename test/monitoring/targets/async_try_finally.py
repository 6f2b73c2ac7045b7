class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        if got == "fail":
            raise ValueError(self.label)
        return got

async def task():
    try:
        a = await Step("one")
        b = await Step("two")
        return a, b
    finally:
        print("task cleanup")

async def guarded():
    try:
        return await task()
    except ValueError as e:
        return "guarded " + str(e)

def drive(c, replies):
    out = None
    try:
        print(c.send(None))
        for r in replies:
            print(c.send(r))
    except StopIteration as e:
        out = e.value
    return out

print(drive(guarded(), ["x", "y"]))
print(drive(guarded(), ["x", "fail"]))
