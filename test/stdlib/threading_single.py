# threading over _thread on a host with one thread (as pyodide): locks, conditions without waiting,
# events, local, the main thread, and the RuntimeError of Thread.start.
import threading, _thread

print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count(),
      threading.get_ident() == _thread.get_ident(), hasattr(threading, "get_native_id"))
lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print("locked", lock.locked(), lock.acquire(blocking=False))
print(lock.locked(), lock.acquire(timeout=0.01), lock.release(), lock.locked())
with rlock:
    with rlock:
        print("rlock nested", rlock._is_owned())
cond = threading.Condition()
with cond:
    cond.notify_all()
    print("waited", cond.wait(timeout=0.01))
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.set(), ev.is_set(), ev.wait(), ev.clear(), ev.is_set())
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.release(), sem.acquire(timeout=0))
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
data = threading.local()
data.x = 1
print(data.x, getattr(data, "y", "none"))
t = threading.Thread(target=print, args=("in thread",), name="worker")
print(t.name, t.is_alive(), t.daemon, repr(t))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(t), t.is_alive(), [th.name for th in threading.enumerate()], threading.TIMEOUT_MAX > 0)
h = _thread._ThreadHandle()
print(h.ident, h.is_done())
try:
    h.join(0)
except RuntimeError as e:
    print("RuntimeError", e)
