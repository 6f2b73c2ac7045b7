# PEP 614 decorators with arbitrary expressions
@d
def f(): pass
@d.e.f
def f(): pass
@d(1, k=2)
def f(): pass
@d[0]
def f(): pass
@d[0].e(1)[2]
def f(): pass
@(lambda f: f)
def f(): pass
@lambda f: f
def f(): pass
@x if y else z
def f(): pass
@x or y
def f(): pass
@(x := d)
def f(): pass
@x := d
def f(): pass
@a + b
def f(): pass
@-a
def f(): pass
@a @ b
def f(): pass
@[d][0]
def f(): pass
@{"k": d}["k"]
def f(): pass
@not x
def f(): pass
@await_
def f(): pass
@a == b
def f(): pass
@d1
@d2(x)
@d3.attr
class C: pass
@ d
def spaced(): pass
@d  # comment
def commented(): pass
@d

def blank_line_after_decorator(): pass
@d
@e
async def af(): pass
class K:
    @property
    def p(self): pass
    @p.setter
    def p(self, v): pass
    @staticmethod
    @functools.cache
    def s(): pass
@ (
    x
)
def paren_multiline(): pass
