// Minimal _weakref and _thread, enough for the pure-Python Lib that imports them at startup
// (_weakrefset, abc via _py_abc, functools, importlib._bootstrap). Honest limits, written down in
// DEVIATIONS.md: a weak reference keeps its referent alive (JS has no reference counts, so a
// referent never dies while tspy can see it), and there is one thread, so a lock that is already
// held cannot be acquired with blocking=True and no timeout (CPython would deadlock; tspy raises).
// CPython: Modules/_weakref.c, Objects/weakrefobject.c, Modules/_threadmodule.c.
import type { PyModule } from "../../objects/functions.js";
import { moduleFromSource } from "./pysource.js";

const WEAKREF = String.raw`
class ReferenceType:
    __module__ = 'weakref'
    __slots__ = ('_referent', '__callback__', '__weakref__', '__dict__')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        self = object.__new__(cls)
        self._referent = ob
        self.__callback__ = callback
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        o = self._referent
        name = getattr(o, '__name__', None)
        base = f'<weakref at {hex(id(self))}; to {type(o).__qualname__!r} at {hex(id(o))}'
        return base + (f' ({name})>' if isinstance(name, str) else '>')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

ref = ReferenceType

class ProxyType:
    __module__ = 'weakref'
    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_referent', ob)
    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_referent'), name)
    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_referent'), name, value)

class CallableProxyType(ProxyType):
    __module__ = 'weakref'
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_referent')(*args, **kwargs)

def proxy(ob, callback=None, /):
    return (CallableProxyType if callable(ob) else ProxyType)(ob, callback)

def getweakrefcount(ob, /):
    return 0

def getweakrefs(ob, /):
    return []

def _remove_dead_weakref(d, key, /):
    try:
        del d[key]
    except KeyError:
        pass
`;

const THREAD = String.raw`
error = RuntimeError
TIMEOUT_MAX = 9223372036.0

class LockType:
    __module__ = '_thread'
    __qualname__ = 'lock'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if self._locked:
            if blocking and timeout == -1:
                raise RuntimeError("deadlock: the only thread waits for a lock it holds")
            return False
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return f"<{'locked' if self._locked else 'unlocked'} _thread.lock object at {hex(id(self))}>"

lock = LockType

def allocate_lock():
    return LockType()

allocate = allocate_lock

class RLock:
    __module__ = '_thread'

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def locked(self):
        return self._count > 0

    def _release_save(self):
        count, self._count = self._count, 0
        return (count, get_ident())

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

def get_ident():
    return 1

def get_native_id():
    return 1

def _count():
    return 0

def stack_size(size=0, /):
    return 0

def daemon_threads_allowed():
    return True

def start_new_thread(function, args, kwargs=None, /):
    raise RuntimeError("can't start new thread")

start_new = start_new_thread

def start_joinable_thread(function, handle=None, daemon=True):
    raise RuntimeError("can't start new thread")

def interrupt_main(signum=2, /):
    raise KeyboardInterrupt

def _get_main_thread_ident():
    return 1

def _is_main_interpreter():
    return True

class _local:
    __module__ = '_thread'

class _ThreadHandle:
    __module__ = '_thread'
    ident = 1
    def is_done(self):
        return False
    def _set_done(self):
        pass
    def join(self, timeout=None):
        pass

def _make_thread_handle(ident):
    return _ThreadHandle()

def _shutdown():
    pass

_excepthook = None
`;

export const makeWeakref = (): PyModule => moduleFromSource("_weakref", WEAKREF);
export const makeThread = (): PyModule => moduleFromSource("_thread", THREAD);
