class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Thing(%d)" % self.n
    def __str__(self):
        return "thing %d" % self.n
    def __format__(self, spec):
        return "fmt:" + spec
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Thing) and other.n == self.n

t = Thing(3)
print(t)
print(repr(t), str(t))
print("%s and %r" % (t, t))
print("{} {:x}".format(t, t))
print(f"{t:>5}")
print(hash(t), t == Thing(3), t in [Thing(1), Thing(3)])
print({t: 1}[Thing(3)])
