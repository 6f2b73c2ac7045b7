# gc (nothing to collect, CPython's defaults), _signal (handlers without OS signals) and _locale basics.
import gc, _signal, _locale

print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(gc.get_threshold(), gc.set_threshold(700, 5), gc.get_threshold(), gc.set_threshold(2000, 10, 0))
print(gc.get_debug(), gc.set_debug(gc.DEBUG_STATS), gc.get_debug(), gc.set_debug(0), gc.callbacks, gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked({"a": []}))
print(gc.is_finalized(object()), gc.freeze(), gc.unfreeze(), type(gc.get_stats()), len(gc.get_stats()))
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)

print(_signal.SIGINT, _signal.SIGTERM, _signal.SIGKILL, _signal.SIG_DFL, _signal.NSIG)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.getsignal(_signal.SIGTERM))
seen = []
def handler(signum, frame):
    seen.append((signum, frame))
print(_signal.signal(_signal.SIGUSR1, handler), _signal.getsignal(_signal.SIGUSR1) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print([(n, type(f).__name__, f.f_code.co_name) for n, f in seen])
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
for args in [(0, handler), (1000, handler), (_signal.SIGUSR1, 5), (_signal.SIGUSR1, "x")]:
    try:
        _signal.signal(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(_signal.SIGSEGV), len(_signal.valid_signals()) > 30)

print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.CHAR_MAX)
print(_locale.localeconv())
print(_locale.setlocale(_locale.LC_NUMERIC, "C"), _locale.setlocale(_locale.LC_NUMERIC))
print(_locale.Error.__module__, _locale.Error.__mro__[1].__name__)
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("a", "a"), _locale.strxfrm("abc"))
