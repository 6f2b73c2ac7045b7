# inspect and traceback reading source through tokenize and linecache: frames, code objects,
# tracebacks, the module itself, classes made in functions, decorated classes, inspect.stack(),
# pyclbr (which tokenizes) and tabnanny (which runs tokenize.generate_tokens over a file).
import inspect
import os
import sys
import traceback
import linecache

def where():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr, context=3)
    print(info.lineno, info.function, info.code_context, info.index)
    print(inspect.getsource(fr.f_code).splitlines()[0])
    print(inspect.getsourcelines(fr)[1])
    return fr

where()

def make_class():
    @staticmethod
    def s(): pass
    class Local:
        """local class"""
        def m(self):
            return 1
    return Local

L = make_class()
print(inspect.getsource(L), end="")
print(inspect.getsource(L.m), end="")

def dec(c):
    return c

@dec
class Decorated:
    pass

print(inspect.getsource(Decorated), end="")

try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(inspect.getsource(tb).splitlines()[:2])
    print(inspect.getinnerframes(tb, 1)[0].code_context)
    print(traceback.format_tb(tb))

src = inspect.getsource(sys.modules[__name__])
print(len(src.splitlines()), src.splitlines()[0])

st = inspect.stack()
print(st[0].function, st[0].code_context)

import pyclbr
import tabnanny
here = os.path.dirname(__file__)
sys.path.insert(0, here)
print(sorted(pyclbr.readmodule_ex("_inspect_src_helper")))
cls = pyclbr.readmodule_ex("_inspect_src_helper")["Shape"]
print(cls.name, cls.lineno, cls.end_lineno, sorted(cls.methods.items()))
tabnanny.verbose = 1
tabnanny.check(__file__)
tabnanny.check(os.path.join(here, "_inspect_src_helper.py"))

class WithComments:
    # leading comment for a method
    def meth(self):  # trailing
        pass

print(repr(inspect.getcomments(WithComments.meth)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(inspect.indentsize("    \tx"), inspect.cleandoc("  a\n    b\n  c"))
print(repr(linecache.getline(__file__, 1)))
linecache.clearcache()
print(repr(linecache.getline(__file__, 2)))
print(linecache.getline(__file__, 10**6) == "")
