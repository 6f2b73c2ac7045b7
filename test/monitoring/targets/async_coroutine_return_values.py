class Now:
    def __await__(self):
        return iter(())

async def const():
    return 42

async def tuple_result():
    await Now()
    return (1, 2)

async def none_result():
    await const()

async def combine():
    a = await const()
    b = await tuple_result()
    c = await none_result()
    return a, b, c

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"

print(run(combine()))
print(run(const()))
c = const()
c.close()
print("closed unstarted")
