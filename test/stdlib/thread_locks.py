# _thread on a host with one thread (as pyodide): locks, RLocks, _local, idents, start_new_thread.
import _thread

l = _thread.allocate_lock()
print(type(l).__name__, type(l) is _thread.LockType, _thread.LockType is _thread.lock)
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(blocking=False), l.acquire(timeout=0.01), l.acquire(True, 0))
print(l.release(), l.locked(), l.acquire_lock(), l.locked_lock(), l.release_lock())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
for kw in [{"blocking": False, "timeout": 1}, {"timeout": -5}, {"timeout": 1e30}, {"timeout": "x"}, {"other": 1}]:
    try:
        l.acquire(**kw)
    except Exception as e:
        print(type(e).__name__, e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(_thread.lock().locked(), _thread.error is RuntimeError, type(_thread.TIMEOUT_MAX).__name__)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count(), r.locked())
print(r.release(), r._recursion_count(), r.release(), r._is_owned(), r.locked())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
r.acquire(); r.acquire()
state = r._release_save()
print(state[0], r._recursion_count(), r._acquire_restore(state), r._recursion_count())
r.release(); r.release()

print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident(), _thread._count(), _thread.daemon_threads_allowed())
try:
    _thread.start_new_thread(print, ("x",))
except RuntimeError as e:
    print("RuntimeError", e)

loc = _thread._local()
loc.x = 5
print(loc.x, hasattr(loc, "y"))
class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
print(MyLocal(7).v)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)
print(_thread.stack_size())
try:
    _thread.exit()
except SystemExit:
    print("SystemExit")
