def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

def times(n):
    def deco(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@times(3)
@trace
def double(x):
    return x * 2

class Reg:
    items = []
    @staticmethod
    def register(fn):
        Reg.items.append(fn.__name__)
        return fn

@Reg.register
def one():
    return 1

print(add(2, 3))
print(double(1))
print(Reg.items, one())
