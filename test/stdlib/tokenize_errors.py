# tokenize errors as CPython 3.12+ raises them: TokenError (unterminated strings, EOF in a
# multi-line statement), SyntaxError from the lexer, IndentationError and TabError.
import io
import tokenize
from tokenize import tok_name

CASES = [
    "'abc\n",
    "x = 'abc",
    "'''abc\ndef",
    "x = (1,\n2",
    "x = [",
    "f'abc\n",
    "f'''abc\n",
    "f'{x'\n",
    "f'{'\n",
    "f'}'\n",
    "f'{x}}'\n",
    "f'{{{{{{{x}}}}}}}'\n",
    "f'{f\"{f'{1}'}\"}'\n",
    "if x:\n    y\n  z\n",
    "if x:\n\ty\n        z\n",
    "if x:\n        y\n\tz\n",
    "x = 1 \\ y\n",
    "x = \\",
    "x = 1 \\\n",
    "0x\n",
    "0b2\n",
    "0o8\n",
    "1_\n",
    "1__0\n",
    "1e+\n",
    "0b1_\n",
    "x = 'a\\'\n",
    "x = \x01\n",
    "x = \x7f\n",
    "x = 1\x00\n",
    "def f():\n" + "".join(" " * i + "if x:\n" for i in range(1, 102)),
    "(" * 201 + ")" * 201 + "\n",
    "'''a\n'''\n'''\nb'''\n",
    "x = '''\n'''\n",
]

def show(src):
    print("=" * 20, repr(src)[:80])
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok_name[t.type], tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

for src in CASES:
    show(src)

# more error and edge cases
MORE = [
    "f'{x!}'\n",
    "f'{x:{{y}}}'\n",
    "f'{1:{2:{3:{4}}}}'\n",
    "f'{)}'\n",
    "f'{x:a\nb}'\n",
    "f'''{x:a\nb}'''\n",
    "t'{x'\n",
    "t'''abc\n",
    "x = '\\\n",
    "'a' 'b\n",
    "def f():\n  x = (1,\n",
    "if x:\n    y = '''\n",
    "\"\"\"unterminated docstring\n\ndef f(): pass\n",
    "x = 1\n  y = 2\n",
    "  x = 1\n",
    "if x:\n  \\\n    y\n",
]
for src in MORE:
    show(src)

# the exception objects themselves
for src in ["if x:\n    y\n  z\n", "if x:\n\ty\n        z\n", "'abc\n", "x = (1,\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except tokenize.TokenError as e:
        print(type(e).__name__, str(e), e.args)
    except SyntaxError as e:
        print(type(e).__name__, str(e), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

# the invalid-escape SyntaxWarning becomes a SyntaxError under an "error" filter
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    list(tokenize.generate_tokens(io.StringIO("f'a\\{x}'\n").readline))
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        list(tokenize.generate_tokens(io.StringIO("x = 1\nf'a\\}}'\n").readline))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
