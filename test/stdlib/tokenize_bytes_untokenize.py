# tokenize.tokenize over bytes (ENCODING first, coding cookies, BOM, latin-1/cp1252, bad bytes),
# detect_encoding, untokenize round trips (full and compat mode), readline edge cases, tokenize.open.
import io
import tokenize
from tokenize import tok_name

def toks_bytes(data):
    print("=" * 20, repr(data)[:80])
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            print(tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print("TokenError", e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.args)

toks_bytes(b"x = 1\n")
toks_bytes(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")
toks_bytes(b"\xef\xbb\xbfx = 'bom'\n")
toks_bytes(b"#!/usr/bin/env python\n# coding=utf-8\nname = '\xc3\xa9t\xc3\xa9'\n")
toks_bytes(b"# coding: cp1252\ns = '\x80'\n")
toks_bytes(b"")
toks_bytes(b"x = '\xff'\n")
try:
    toks_bytes(b"# coding: bogus-codec\nx\n")
except SyntaxError as e:
    print("SyntaxError", e)

print(tokenize.detect_encoding(io.BytesIO(b"# vim: set fileencoding=ascii :\n").readline))

ROUND = [
    "def f(a, b=2, *args, **kw):\n    '''doc'''\n    return a+b  # sum\n",
    "if x:\n    y = [1,\n         2]\nelse:\n\tz = 3\n",
    "x = f'{a!r:>{w}} {{b}} {c=}'\n",
    "s = '''\nmulti\n'''\n",
    "x = 1 + \\\n    2\n",
    "class C:\n    @property\n    def p(self): return 1\n\n\n# end\n",
    "x = t'{a} and {b:x}'\n",
    "x = 1",
]
for src in ROUND:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    print(repr(full), full == src)
    compat = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(compat))
    btoks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
    print(repr(tokenize.untokenize(btoks)))

# TokenInfo fields and exact types
t = next(tokenize.generate_tokens(io.StringIO("x += 1\n").readline))
print(t, t.exact_type, tok_name[t.exact_type])
for t in tokenize.generate_tokens(io.StringIO("a += (b)[c] @ d\n").readline):
    print(t.type, t.exact_type, repr(t.string))

# readline that raises StopIteration and one returning non-str
lines = iter(["x = 1\n", "y = 2\n"])
print([t.string for t in tokenize.generate_tokens(lines.__next__)])
try:
    list(tokenize.generate_tokens(iter([b"x\n"]).__next__))
except TypeError as e:
    print("TypeError", e)
try:
    list(tokenize.tokenize(iter(["x\n"]).__next__))
except TypeError as e:
    print("TypeError", e)

# readline raising another exception
def bad():
    raise ValueError("boom")
try:
    list(tokenize.generate_tokens(bad))
except ValueError as e:
    print("ValueError", e)

# partial consumption
g = tokenize.generate_tokens(io.StringIO("a b c\n").readline)
print(next(g).string, next(g).string)
g.close()

# tokenize.open / tokenize of this file
with tokenize.open(__file__) as f:
    print(f.encoding, f.readline().rstrip())
with open(__file__, "rb") as f:
    n = 0
    for t in tokenize.tokenize(f.readline):
        n += 1
    print("tokens in this file:", n, tok_name[t.type])
