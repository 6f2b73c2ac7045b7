def recover():
    try:
        yield "try"
        raise ValueError("inside")
    except ValueError as e:
        yield "except " + str(e)
        yield "still in except"
    finally:
        yield "finally"
    yield "after"

print(list(recover()))

def cleanup_yield():
    try:
        yield 1
        return "ret"
    finally:
        print("finally before return completes")

g = cleanup_yield()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
