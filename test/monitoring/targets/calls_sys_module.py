import sys

def info():
    try:
        raise KeyError("k")
    except KeyError:
        t, v, tb = sys.exc_info()
        return t.__name__, repr(v)

print(info())
print(sys.exc_info())
print(len(sys.exc_info()), sys.exc_info()[0])
print(type(sys.monitoring.events.LINE).__name__)
print(sys.monitoring.get_tool(5))
