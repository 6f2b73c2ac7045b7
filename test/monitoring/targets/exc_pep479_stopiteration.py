def leaky():
    yield 1
    raise StopIteration("leak")

def inner_next():
    it = iter([])
    yield next(it)

for g in (leaky(), inner_next()):
    try:
        for v in g:
            print("value", v)
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

def uses_next_default():
    it = iter([1])
    yield next(it)
    yield next(it, "default")

print(list(uses_next_default()))
