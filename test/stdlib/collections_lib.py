# collections through Lib: namedtuple (_tuplegetter), Counter (_count_elements), deque/defaultdict/OrderedDict
import collections
from collections import namedtuple, Counter, deque, defaultdict, OrderedDict, ChainMap
import _collections

print(deque is _collections.deque, defaultdict is _collections.defaultdict, OrderedDict is _collections.OrderedDict)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], Point.x, Point.y.__doc__, type(Point.x).__name__, p._asdict(), p._replace(x=5), Point._fields)
print(Point._make([3, 4]), Point._field_defaults, p == (1, 2), hash(p) == hash((1, 2)), Point.__doc__, Point.__module__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0], rename=False, module="m")
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__module__, namedtuple("R", "def x _y", rename=True)._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("B", "x x"), lambda: namedtuple("1B", "x"), lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], sorted(c.elements()), c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(b=2), Counter(a=3) - Counter(a=5), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=1) | Counter(a=3, c=1))
print(Counter({"x": 2}) == Counter(x=2), Counter(a=1) <= Counter(a=2), Counter(cats=4, dogs=8).most_common())
dq = deque(range(5), maxlen=3); dq.rotate(1); print(dq, isinstance(dq, collections.abc.MutableSequence), isinstance(defaultdict(), collections.abc.MutableMapping))
dd = defaultdict(lambda: "n/a", {"k": "v"}); print(dd["k"], dd["q"], dict(dd))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od.items()), isinstance(od, collections.abc.Mapping))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], dict(cm), cm.new_child({"z": 0}))
