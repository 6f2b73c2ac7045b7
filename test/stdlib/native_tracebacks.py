# Exceptions raised in Python callbacks called from native code: tracebacks show only Python frames
import itertools, _functools, _heapq, _collections

def key(x):
    return 1 / x
def cmp(a, b):
    raise LookupError(f"cmp {a} {b}")
class Bad:
    def __lt__(self, other):
        raise ArithmeticError("no order")
    def __eq__(self, other):
        raise ValueError("no equality")
def factory():
    raise KeyError("factory")
cases = [
    lambda: list(itertools.groupby([1, 0], key=key)),
    lambda: sorted([2, 1], key=_functools.cmp_to_key(cmp)),
    lambda: _heapq.heappush([Bad()], Bad()),
    lambda: _collections.deque([Bad()]).index(1),
    lambda: _collections.defaultdict(factory)["x"],
    lambda: _functools.reduce(lambda a, b: a[b], [{}, "k"]),
    lambda: list(itertools.starmap(key, [(1,), (0,)])),
    lambda: next(itertools.dropwhile(key, [1, 0])),
    lambda: list(itertools.accumulate([1, 2], lambda a, b: undefined_name)),
]
for case in cases:
    try:
        case()
    except Exception as e:
        frames, tb = [], e.__traceback__
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, e, frames)
list(itertools.filterfalse(key, [3, 0]))
