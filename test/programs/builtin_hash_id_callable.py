# hash (deterministic parts only), id identity relations, callable.
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(None) == hash(None), hash(12345))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0), hash(2**20) == hash(float(2**20)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(range(3)) == hash(range(0, 3)), hash(()) == hash(()), type(hash("x")).__name__)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), id(p) == id(p), p == p, p != Plain())

class ValueHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, ValueHash) and self.v == other.v
print(hash(ValueHash(42)), hash(ValueHash(-1)), hash(ValueHash(2**100)) == hash(2**100), len({ValueHash(1), ValueHash(1)}))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, hasattr(EqOnly(), "__hash__"))

class Bool(int):
    pass
print(hash(Bool(7)), hash(ValueHash(True)))

a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, id(None) == id(None), id(a) != id(c))
x = "interned"
print(x is x, (1, 2) == (1, 2))

def f():
    pass
class K:
    def __call__(self):
        return "called"
    def meth(self):
        pass
class NotCallable:
    pass
print(callable(f), callable(len), callable(K), callable(K()), callable(K().meth), callable(NotCallable()), callable(1), callable("s"))
print(callable(lambda: 0), callable(type), callable(int.__add__), callable(print), callable(None), callable([].append), callable(callable))
k = NotCallable()
k.__call__ = lambda: "instance attr"
print(callable(k))

errors = [
    lambda: hash([]),
    lambda: hash({}),
    lambda: hash(set()),
    lambda: hash((1, [])),
    lambda: hash(EqOnly()),
    lambda: hash(),
    lambda: id(),
    lambda: callable(),
    lambda: callable(1, 2),
    lambda: {[]: 1},
    lambda: {{}},
    lambda: frozenset([{}]),
]
for fn in errors:
    try:
        print(repr(fn()))
    except TypeError as e:
        print(type(e).__name__, e)

class BadHash:
    def __hash__(self):
        return "nope"
class FloatHash:
    def __hash__(self):
        return 1.5
for obj in (BadHash(), FloatHash()):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
NotCallable()()
