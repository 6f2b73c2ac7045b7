import linecache
import sys
import traceback

def inner(n):
    return 10 / n

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str if hasattr(te, "exc_type_str") else te.exc_type.__name__, len(te.stack))

try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("wrapped") from k
except ValueError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

print(linecache.getline(__file__, 5).strip(), repr(linecache.getline(__file__, 10000)))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno)
def show():
    traceback.print_stack(limit=1, file=sys.stdout)
show()
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)).replace(__file__, "FILE"))
print(traceback.format_exc() == "NoneType: None\n")
