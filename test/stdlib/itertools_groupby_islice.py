# groupby (with its _grouper objects), islice with CPython's index checks, zip_longest
from itertools import groupby, islice, zip_longest, count
import itertools

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), type(g1).__name__, type(g1) is itertools._grouper)
print([(k, list(g)) for k, g in groupby([])], list(groupby(iterable="x", key=None))[0][0])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 2, None, 3)), list(islice(count(), 3, 8, 2)))
print(list(islice([1, 2], None)), list(islice([1, 2], None, None, None)), list(islice(range(3), 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
print(list(zip_longest(fillvalue=1)), list(zip_longest("a", "bc")))
for bad in [lambda: islice([1]), lambda: islice([1], "a"), lambda: islice([1], -1), lambda: islice([1], 1, -1),
            lambda: islice([1], -1, 2), lambda: islice([1], 1, 2, 0), lambda: islice([1], 1, 2, -1), lambda: islice([1], 1, 2, 3, 4),
            lambda: islice([1], None, 2, "x"), lambda: islice([1], 2**64), lambda: islice([1], stop=1), lambda: islice([1], -2),
            lambda: islice([1], "a", 2), lambda: islice([1], 0, 2**64), lambda: islice(1, 2),
            lambda: zip_longest([1], fillvalue=2, x=1), lambda: zip_longest(x=2), lambda: zip_longest([1], 2),
            lambda: groupby(), lambda: groupby([1], key=None, x=1), lambda: itertools._grouper(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
