def kinds(v):
    try:
        if v == 0:
            raise KeyError(v)
        if v == 1:
            raise IndexError(v)
        if v == 2:
            raise TypeError(v)
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception:
        return "generic"

for v in range(4):
    print(kinds(v))

def swallow():
    try:
        {}["x"]
    except:
        pass
    return "swallowed"

print(swallow())
e = None
try:
    raise OSError("disk")
except OSError as err:
    e = err
print(repr(e))
