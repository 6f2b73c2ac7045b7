# The itertools documentation's recipes, built from the native types (and operator, deque)
from itertools import (accumulate, batched, chain, combinations, compress, count, cycle, filterfalse, groupby, islice,
                       pairwise, product, repeat, starmap, tee, zip_longest)
import operator
from _collections import deque

def take(n, iterable): return list(islice(iterable, n))
def prepend(value, iterable): return chain([value], iterable)
def tabulate(function, start=0): return map(function, count(start))
def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))
def flatten(list_of_lists): return chain.from_iterable(list_of_lists)
def ncycles(iterable, n): return chain.from_iterable(repeat(tuple(iterable), n))
def tail(n, iterable): return iter(deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None:
        deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(islice(iterable, n, None), default)
def quantify(iterable, predicate=bool): return sum(map(predicate, iterable))
def first_true(iterable, default=False, predicate=None): return next(filter(predicate, iterable), default)
def all_equal(iterable, key=None): return len(take(2, groupby(iterable, key))) <= 1
def unique_justseen(iterable, key=None):
    if key is None:
        return map(operator.itemgetter(0), groupby(iterable))
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    iterators = [iter(iterable)] * n
    match incomplete:
        case "fill":
            return zip_longest(*iterators, fillvalue=fillvalue)
        case "strict":
            return zip(*iterators, strict=True)
        case "ignore":
            return zip(*iterators)
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)
def partition(predicate, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(predicate, t1), filter(predicate, t2)
def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def iter_index(iterable, value, start=0, stop=None):
    seq_index = getattr(iterable, "index", None)
    if seq_index is None:
        iterator = islice(iterable, start, stop)
        for i, element in enumerate(iterator, start):
            if element is value or element == value:
                yield i
    else:
        stop = len(iterable) if stop is None else stop
        i = start
        try:
            while True:
                yield (i := seq_index(value, i, stop))
                i += 1
        except ValueError:
            pass
def sieve(n):
    if n > 2:
        yield 2
    data = bytearray((0, 1)) * (n // 2)
    for p in iter_index(data, 1, start=3, stop=int(n ** 0.5) + 1):
        data[p * p: n: p + p] = bytes(len(range(p * p, n, p + p)))
    yield from iter_index(data, 1, start=3)
def sum_of_squares(iterable): return sum(map(pow, iterable, repeat(2)))
def running_mean(iterable):
    return map(operator.truediv, accumulate(iterable), count(1))

print(take(3, prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x, 1)), list(repeatfunc(pow, 3, 2, 5)))
print(list(flatten([[1], [2, 3]])), list(ncycles("ab", 3)), list(tail(2, range(10))))
it = iter(range(10)); consume(it, 3); print(next(it)); consume(it); print(list(it))
print(nth(range(10), 3), nth("ab", 5, "dflt"), quantify([0, 1, 2, "", "x"]), first_true([0, None, 7, 8]), first_true([], "none"))
print(all_equal("aaaa"), all_equal("aab"), all_equal([1, 1.0, True]), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.casefold)), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.casefold)))
print(list(sliding_window("ABCDEFG", 4)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(subslices("ABCD")), list(powerset([1, 2, 3])), list(iter_index("AABCADEAF", "A")), list(iter_index(iter("AABCA"), "A", 1)))
print(list(sieve(60)), sum_of_squares([1, 2, 3]), list(running_mean([8.5, 9.5, 7.5, 6.5])), list(batched(product("ab", repeat=2), 3)))
print(take(4, compress(count(), cycle([1, 0, 0]))), take(5, pairwise(count())))
