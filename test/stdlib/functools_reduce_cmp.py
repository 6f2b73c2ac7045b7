# functools.reduce and cmp_to_key (the _functools versions)
from _functools import reduce, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 0), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b], "abc", []), reduce(max, [3, 9, 2]), reduce(operator.add, ["x"]), reduce(operator.add, [1, 2], initial=5))
print(reduce(lambda acc, x: acc * 2 + x, iter([1, 0, 1])))
for bad in [lambda: reduce(), lambda: reduce(len), lambda: reduce(operator.add, []), lambda: reduce(operator.add, 1),
            lambda: reduce(operator.add, sequence=[1]), lambda: reduce(function=len, iterable=[1]),
            lambda: reduce(operator.add, [1], 2, 3), lambda: reduce(operator.add, [1, "a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def numeric(a, b):
    return a - b
K = cmp_to_key(numeric)
print(sorted([5, 2, 9], key=K), sorted("banana", key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
print(K(1) < K(2), K(1) == K(1), K(3) >= K(4), K(2) != K(2), K(1).obj, type(K(1)).__name__, type(K).__module__)
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min("xyz", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
k = K(5); k.obj = 6; print(k.obj)
for bad in [lambda: K(1) < 2, lambda: hash(K(1)), lambda: K(), lambda: K(1, 2), lambda: cmp_to_key(), lambda: K(1) < K("a"),
            lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2), lambda: 2 > K(1), lambda: K(1) == 1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
