import math, sys, types
print(math, sys)
import _imp_helper
print(_imp_helper.__spec__.loader.__class__.__name__)
M = type(math)
m = M("mine", "doc")
print(m, m.__doc__, m.__dict__)
class Sub(types.ModuleType):
    pass
s = Sub("sub")
s.x = 1
print(s, s.x, type(s).__name__, isinstance(s, types.ModuleType))
print(sorted(dir(m)))
def __getattr__(name):
    return f"dynamic {name}"
import __main__
print(__main__.whatever)
