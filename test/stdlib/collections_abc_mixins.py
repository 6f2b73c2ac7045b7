# collections.abc as container authors use it: the mixin methods a minimal subclass gets, register(),
# __subclasshook__-based checks for builtins and duck types, and the abstract-method errors.
import collections.abc as cabc
from collections.abc import (Callable, Collection, Container, Hashable, ItemsView, Iterable, Iterator, KeysView,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized, ValuesView)


class Bag(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"Bag({self._d})"


b = Bag({"A": 1}, B=2)
b.setdefault("c", 3)
print(b, "a" in b, b.get("Z", 0), sorted(b.keys()), sorted(b.values()), sorted(b.items()), b == {"a": 1, "b": 2, "c": 3})
print(b.pop("A"), b.popitem(), len(b), isinstance(b.keys(), KeysView), isinstance(b.items(), Set), repr(b.keys()))
b.update([("X", 9)])
b.clear()
print(b, b.pop("nope", "dflt"))
try:
    b.pop("nope")
except KeyError as e:
    print("KeyError:", e)


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Span(6)
print(list(s), s[1:4], 16 in s, 15 in s, s.index(9), s.count(4), list(reversed(s)), max(s))
try:
    s.index(7)
except ValueError as e:
    print("ValueError:", e)


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
st.remove(3)
print(st._items, st.pop(), st.pop(0), st._items)


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


x, y = Bits([1, 2, 3]), Bits([3, 4])
print(list(x | y), list(x & y), list(x - y), list(x ^ y), x <= Bits([1, 2, 3, 9]), x.isdisjoint(y), x == Bits([3, 2, 1]))
x |= {7}
x -= {1}
print(list(x), x.pop() in (2, 3, 7), len(x))

checks = [(list, Sequence), (tuple, MutableSequence), (str, Sequence), (bytes, Sequence), (dict, Mapping), (dict, Reversible),
          (set, Set), (frozenset, MutableSet), (range, Sequence), (memoryview, Sequence), (type({}.keys()), Set), (type({}.values()), Set),
          (list, Hashable), (int, Hashable), (type(iter([])), Iterator), (type(x for x in ()), Iterator), (str, Collection),
          (type(len), Callable), (Bag, Mapping), (Span, Iterable), (Span, Reversible), (bytearray, MutableSequence)]
print([issubclass(a, b) for a, b in checks])


class Duck:
    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Collection), isinstance(Duck(), Sequence), isinstance(NoHash(), Hashable))


class Tree:
    pass


Sequence.register(Tree)
print(issubclass(Tree, Sequence), issubclass(Tree, Iterable), isinstance(Tree(), Sequence))
for cls in (Mapping, MutableSequence, Iterator):
    try:
        type("Half", (cls,), {"__len__": lambda self: 0})()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSet.__abstractmethods__), cabc.Buffer.__name__)
