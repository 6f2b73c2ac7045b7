# tokenize.generate_tokens over tricky sources: COMMENT/NL, INDENT/DEDENT, continuation lines,
# blank and whitespace-only lines, tabs, form feeds, CRLF, numbers, operators, non-ASCII, EOF
# without a newline. Each token prints its type, exact type, string, positions and line.
import io
import tokenize
from tokenize import tok_name

CASES = [
    "",
    "\n",
    "x",
    "x = 1",
    "x = 1\n",
    "   ",
    "x\n   ",
    "# only a comment",
    "# comment\n",
    "\n\n# c\n\nx = 1  # trailing\n\n",
    "if x:\n    y = 1\n\n    # deeper comment\nz = 2\n",
    "if x:\n    if y:\n        pass\n",
    "if x:\n    if y:\n        pass\nelse:\n  pass\n",
    "def f(a,\n      b):\n    return (a +\n            b)\n",
    "x = [1,\n  # inside\n\n  2]\n",
    "x = 1 + \\\n    2\n",
    "if True:\n    x = 1 + \\\n2\n",
    "s = '''a\nb\nc''' + 'd'\n",
    "s = \"\"\"one\n  two\"\"\"; t = 1\n",
    "x = 'a' 'b'\n",
    "b'x' rb'y' Br'z' u'w' R'v'\n",
    "x = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + 3j + .5 + 5. + 1e5 + 0\n",
    "1if x else 2\n",
    "0777\n",
    "1e\n",
    "1.e5j\n",
    "a.b...c\n",
    "x **= 2; y //= 3; z >>= 1; w <<= 2; v != 1; u -> 2; t := 3\n",
    "a <> b\n",
    "@decorator\ndef f(): pass\n",
    "x = $\n",
    "x = a ? b\n",
    "x = `a`\n",
    "caf\u00e9 = '\u00e9\u00e8' # \u00fc\u00f1\u00ee\n",
    "\u00e9 = 1; \U0001F600 = 2\n",
    "x = '\U0001F600' + y\n",
    "\tif x:\n\t\tpass\n",
    "if x:\n\tpass\n",
    "x = 1\r\ny = 2\r\n",
    "if x:\r\n    pass\r\n",
    "\x0cx = 1\n",
    "if x:\n    \x0c  y\n",
    "x = (\n)\n",
    "x = )\n",
    "x = (]\n",
    "async def f():\n    await x\n",
    "match x:\n    case 1: pass\n",
    "print(1);print(2)\n",
    "x = 1;\n",
    "class C:\n    def m(self):\n        pass\n\n    # comment at method level\n\n# top comment\nx = 1\n",
    "def f():\n    pass\n    # trailing comment in body\n",
    "def f():\n    pass\n# comment at col 0\n",
    "x = 1\n\n\n",
    "if x:\n    pass\n\n\n",
    "if x:\n    pass\n    ",
    "if x:\n    pass",
    "lambda x: x\n",
    "x = a if b else c\n",
    "\\\n\n",
    "x = [\n    1,\n    2,\n]\n",
    "  \\\nx = 1\n",
]

def show(src):
    print("=" * 20, repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok_name[t.type], tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

for src in CASES:
    show(src)
