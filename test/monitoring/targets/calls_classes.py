class Empty:
    pass

class WithInit:
    def __init__(self, v):
        self.v = v

class WithNew:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.v = v * 2
        return obj

class Both(WithInit):
    def __init__(self, v, w=0):
        super().__init__(v + w)

e = Empty()
print(type(e).__name__)
print(WithInit(3).v)
print(WithNew(4).v)
print(Both(1, w=2).v)
print(int("7"), list((1, 2)), dict([("a", 1)]))
