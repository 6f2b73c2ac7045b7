# The native modules' types: __name__/__qualname__/__module__/repr, which can be subclassed, and
# the messages that name them
import itertools, _collections, _functools, _operator, _struct

types = [itertools.count, itertools.cycle, itertools.repeat, itertools.accumulate, itertools.batched, itertools.chain,
         itertools.compress, itertools.dropwhile, itertools.filterfalse, itertools.groupby, itertools._grouper,
         itertools.islice, itertools.pairwise, itertools.starmap, itertools.takewhile, itertools.zip_longest,
         itertools.product, itertools.permutations, itertools.combinations, itertools.combinations_with_replacement,
         itertools._tee, itertools._tee_dataobject, _collections.deque, _collections.defaultdict, _collections.OrderedDict,
         _collections._deque_iterator, _collections._deque_reverse_iterator, _collections._tuplegetter, _functools.partial,
         type(_functools.Placeholder), type(_functools.cmp_to_key(len)), _functools._lru_cache_wrapper,
         _operator.itemgetter, _operator.attrgetter, _operator.methodcaller, _struct.Struct, _struct.error]
for t in types:
    try:
        class Sub(t):
            pass
        sub = "subclassable"
    except TypeError as e:
        sub = str(e)
    print(t, t.__name__, t.__qualname__, t.__module__, sub)
print(type(iter(_collections.OrderedDict().keys())).__name__, type(_collections.OrderedDict().values()), type(_collections.OrderedDict().items()))
for bad in [lambda: itertools.count()(), lambda: len(itertools.repeat(1)), lambda: _collections.deque() + 1,
            lambda: _functools.partial(len) < 1, lambda: itertools.chain().x, lambda: _operator.itemgetter(1).y,
            lambda: hash(_collections.defaultdict()), lambda: _struct.Struct("i")[0], lambda: _collections.deque()["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
