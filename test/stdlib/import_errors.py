# What goes wrong when importing, and CPython's messages for it.
import sys

def report(label, e):
    print(f"{label}: {type(e).__name__}: {e}")
    for attr in ("name", "path", "name_from"):
        if hasattr(e, attr) and getattr(e, attr) is not None:
            v = getattr(e, attr)
            print(f"    {attr} = {v.rsplit('/', 1)[-1] if attr == 'path' else v!r}")

def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        report(label, e)
    else:
        print(f"{label}: ok")

def t1(): import no_such_module
def t2(): import no_such_package.sub
def t3(): import _imp_helper.sub
def t4(): from _imp_helper import missing
def t5(): from imp_pkg import missing_too
def t7(): import imp_pkg.raises
def t8(): from imp_pkg import circ_a
def t9(): import imp_pkg.circ_c
def t10(): import blocked

attempt("import no_such_module", t1)
attempt("import no_such_package.sub", t2)
attempt("import _imp_helper.sub", t3)
attempt("from _imp_helper import missing", t4)
attempt("from imp_pkg import missing_too", t5)
attempt("import imp_pkg.raises", t7)
attempt("import imp_pkg.raises (again)", t7)
print("imp_pkg.raises" in sys.modules)
attempt("from imp_pkg import circ_a", t8)
attempt("import imp_pkg.circ_c", t9)
attempt("__import__('')", lambda: __import__(''))
attempt("__import__('x', level=-1)", lambda: __import__('x', level=-1))
attempt("__import__(42)", lambda: __import__(42))
attempt("__import__('imp_pkg', fromlist=[1])", lambda: __import__('imp_pkg', fromlist=[1]))
attempt("__import__('sub', globals(), level=1)", lambda: __import__('sub', globals(), level=1))
attempt("__import__('sub', {'__package__': 'imp_pkg'}, level=3)", lambda: __import__('sub', {'__package__': 'imp_pkg'}, level=3))
print(__import__('sub', {'__package__': 'imp_pkg'}, None, ['leaf'], 1).__name__)
print(__import__('', {'__name__': 'imp_pkg.sub', '__path__': []}, None, ['leaf'], 1).__name__)
sys.modules["blocked"] = None
attempt("import blocked", t10)
try:
    import imp_pkg.broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename.rsplit("/", 1)[-1], repr(e.text))
    print(str(e))
    print(e.args[0], e.args[1][1:])
