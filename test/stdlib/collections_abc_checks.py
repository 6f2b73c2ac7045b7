import collections.abc as cabc
from collections import Counter, ChainMap, namedtuple, UserDict, UserList, UserString, OrderedDict

for obj in [[], (), {}, set(), "s", b"b", range(3), iter([]), (x for x in []), 3, len, Counter()]:
    print(type(obj).__name__, [n for n in ["Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "Callable", "Hashable", "Sized", "Generator", "Reversible", "Collection"] if isinstance(obj, getattr(cabc, n))])

class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), b <= Bag([1, 2, 3, 4]), b.isdisjoint([7]))
b -= {1}
print(sorted(b), len(b))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)

c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted((c + Counter("aaz")).items()), sorted((c - Counter("aaaaa")).items()), c.total())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
P = namedtuple("P", "x y", defaults=[0])
print(P(1), P(1, 2)._asdict(), P._field_defaults, P._make([5, 6]))
class UD(UserDict):
    def __missing__(self, k):
        return k * 2
print(UD(a=1)["zz"], UserList([3, 1, 2]).copy(), UserString("abc").upper())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, od.popitem(last=False))
