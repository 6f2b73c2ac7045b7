# count, cycle, repeat: values, reprs (also of subclasses), errors
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)))
print(list(islice(count(1.5, 0.25), 4)), list(islice(count(2**63 - 2), 4)))
c = count(5)
print(next(c), next(c), c, count(3, 2), count(1.0), count(1, 1.0), count(True), count(2**70, -1))
print(count(start=7, step=-2), count(0, 1+2j), list(islice(count(1j, 1), 2)))
class MyCount(count):
    pass
m = MyCount(3, 2)
print(m, next(m), m, isinstance(m, count), type(m).__name__)
print(list(islice(cycle("abc"), 8)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
r = repeat("x", 3)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
print(repeat(None), repeat(1, -5), list(repeat(1, 0)), repeat(object=2, times=2))
print(list(map(pow, range(5), repeat(2))))
for bad in [lambda: count("a"), lambda: count(1, "b"), lambda: count(1, 2, 3), lambda: count(start=1, step=2, x=1),
            lambda: cycle(), lambda: cycle(1), lambda: cycle([1], x=2), lambda: repeat(), lambda: repeat(1, "a"),
            lambda: repeat(1).__length_hint__(), lambda: len(repeat(1, 2)), lambda: repeat(1, None),
            lambda: repeat(1, 2**64), lambda: count()(), lambda: cycle.__new__(int, [1]), lambda: count.__new__()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(count()), count.__name__, count.__qualname__, count.__module__, repeat, itertools.cycle)
