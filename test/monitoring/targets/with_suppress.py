class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__)
            return True
        return False

with Suppress(KeyError):
    {}["k"]
print("after suppressed")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)

def inside():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(10 // (1 - i))
    return "loop done"

print(inside())
