class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

class Guarded:
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        object.__setattr__(self, name, value)

d = Dyn()
print(d.real, d.xyz)
print(getattr(d, "nope", "default"), hasattr(d, "xa"))
try:
    d.missing
except AttributeError as e:
    print("attr error", e)
g = Guarded()
g.ok = 5
print(g.ok)
try:
    g.locked = 1
except AttributeError as e:
    print(e)
