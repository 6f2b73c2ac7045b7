# accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise
import operator

from itertools import accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4], max, initial=2)), list(accumulate("abc")), list(accumulate([1, 2], func=None)))
print(list(batched(range(7), 3)), list(batched("ab", 5)), list(batched([], 2)))
try:
    print(list(batched(range(5), 2, strict=True)))
except ValueError as e:
    print("ValueError", e)
print(list(batched(range(4), n=2, strict=True)))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", [3]])))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print("TypeError", e)
print(list(ch))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(data=range(10), selectors=[0, 1] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])), list(filterfalse(bool, [0, 2])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, ["ab", [1, 2]])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(chain[int], type(chain()).__name__)
class Ch(chain):
    pass
print(list(Ch([1], [2])), isinstance(Ch(), chain))
for bad in [lambda: accumulate(), lambda: accumulate([1, 2], None, 3), lambda: accumulate([1], foo=1),
            lambda: list(accumulate([1, "a"])), lambda: batched([1], 0), lambda: batched([1]), lambda: batched([1], "a"),
            lambda: batched(1, 2), lambda: chain(x=1), lambda: chain.from_iterable(), lambda: list(chain.from_iterable(1)),
            lambda: compress([1]), lambda: dropwhile(len), lambda: dropwhile(len, [1], 2), lambda: dropwhile(len, []).x,
            lambda: filterfalse(None), lambda: takewhile(), lambda: starmap(len), lambda: list(starmap(len, [1])),
            lambda: pairwise(), lambda: pairwise(1), lambda: pairwise([1], [2]), lambda: pairwise(iterable=[1]),
            lambda: takewhile(len, [1], x=3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
