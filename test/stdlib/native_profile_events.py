# The native modules' functions as a profiler sees them: c_call/c_return/c_exception events with the
# builtin's name, and Python callbacks (keys, predicates) called from inside them
import sys, itertools, _collections, _functools, _operator, _heapq, _bisect, _struct

events = []
def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append(f"{event}:{getattr(arg, '__qualname__', getattr(arg, '__name__', '?'))}")
    elif event in ("call", "return"):
        events.append(f"{event}:{frame.f_code.co_name}")
def key(x):
    return -x
def run():
    d = _collections.deque([3, 1, 2])
    d.append(4)
    d.rotate(1)
    r = _functools.reduce(_operator.add, d)
    h = [5, 2]
    _heapq.heappush(h, 1)
    i = _bisect.bisect_left([1, 3, 5], 3, key=None)
    g = _operator.itemgetter(0)
    s = sorted([2, 1], key=_functools.cmp_to_key(lambda a, b: a - b))
    p = _struct.pack("<h", 7)
    t = list(itertools.islice(itertools.count(), 3))
    m = max([1, 2], key=key)
    try:
        _heapq.heappop([])
    except IndexError:
        pass
    return r, h, i, g([9]), s, p, t, m
sys.setprofile(prof)
result = run()
sys.setprofile(None)
print(result)
for e in events:
    print(e)
