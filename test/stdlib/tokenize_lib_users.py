# Library code that runs tokenize: traceback's keyword-typo suggestions for a SyntaxError
# (traceback._find_keyword_typos), gettext's plural-form compiler (c2py), trace's docstring-line
# finder, importlib's decode_source (detect_encoding), and the tokenize command line (_main).
import io
import os
import sys
import tempfile
import traceback
import gettext
import trace
import importlib.util
import tokenize

for code in ["whille x:\n    pass\n", "for x inn y:\n    pass\n", "def f(:\n    pass\n", "x = 1 +\n", "imprt os\n"]:
    try:
        compile(code, "<typo>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception(e)), end="")
        print("-" * 10)

for expr in ["n != 1", "n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2", "(n > 1)", "0"]:
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in (0, 1, 2, 3, 5, 11, 22, 101)])
for bad in ["n +* 1", "import os", "n ? 1", "n(1)", "'a'"]:
    try:
        gettext.c2py(bad)
    except ValueError as e:
        print("ValueError", bad, e)

print(sorted(trace._find_strings(__file__).items())[:5])
print(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"))
print(importlib.util.decode_source(b"x = '\xc3\xa9'\r\ny = 2\r\n"))

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "m.py")
    with open(p, "w") as f:
        f.write("def g(a):\n    # c\n    return f'{a!r:>4}'\n")
    old = sys.stdout
    sys.stdout = out = io.StringIO()
    try:
        tokenize._main([p])
        tokenize._main(["-e", p])
    finally:
        sys.stdout = old
    print(out.getvalue().replace(p, "m.py"), end="")

# codeop (the interactive console's "is this input complete?"): compile() with
# PyCF_ALLOW_INCOMPLETE_INPUT raises _IncompleteInputError for input that ends too early
import codeop
for src in ["x = 1", "if x:", "if x:\n    y = 1", "if x:\n    y = 1\n", "def f(:", "x = (1,", "x = '''abc", "x = 'abc",
            "for x in y:\n", "class C:\n    def m(self):", "1 +", "a b", "@dec", "x = [1,\n 2", "# just a comment", "", "\\"]:
    try:
        r = codeop.compile_command(src, "<input>", "single")
        print(repr(src), "->", "incomplete" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
try:
    compile("if x:\n", "<s>", "exec", 0x4000)
except SyntaxError as e:
    print(type(e).__name__, e.msg, issubclass(type(e), SyntaxError), type(e).__module__)
