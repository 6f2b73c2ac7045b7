class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v

class Meta(type):
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        return super().__call__(*args)

class Managed(metaclass=Meta):
    def __init__(self, a):
        self.a = a

def build(vals):
    out = []
    for v in vals:
        try:
            out.append(Strict(v).v)
        except ValueError as e:
            out.append(str(e))
    return out

print(build([1, -1, 2]))
m = Managed(4)
print(m.a, type(m).__name__, type(Managed).__name__)
