class Ctx:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, et, ev, tb):
        print("exit", self.i, et is not None)
        return et is KeyError

def loop():
    for i in range(5):
        with Ctx(i) as v:
            if v == 1:
                continue
            if v == 2:
                raise KeyError(v)
            if v == 3:
                break
            print("body", v)
    return "loop over"

print(loop())

def gen_with():
    with Ctx(10):
        yield 1
        raise KeyError("in generator")
    yield 2

print(list(gen_with()))
