import pickle
import copyreg
from collections import OrderedDict, namedtuple

Point = namedtuple("Point", "x y")

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def __eq__(self, other):
        return vars(self) == vars(other)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

class Slim:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]

data = [None, True, 1, -2**70, 3.5, 1j, "text ☃", b"bytes", bytearray(b"ba"), (1, 2), [3, [4]], {"k": {5, 6}}, frozenset({7}),
        Point(1, 2), OrderedDict(a=1), Account("ann", 10), range(3), slice(1, 5, 2)]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, back == data, type(back[13]).__name__, back[15])
s = pickle.loads(pickle.dumps(Slim()))
print(s.a, s.b)
shared = [1]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 2,))
print(pickle.loads(pickle.dumps(Custom(21))).v)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
print(pickle.dumps((1, "a"), protocol=2))
