# tokenize of f-strings and t-strings (PEP 701/750): FSTRING_START/MIDDLE/END, nested fields,
# format specs, {{ and }}, debug =, \N{...} escapes, multi-line f-strings, comments in fields.
import io
import tokenize
from tokenize import tok_name

CASES = [
    "f'abc'\n",
    "f'a{x}b'\n",
    "f'{x!r:>{width}} {y=}'\n",
    "f'{{literal}} {x}'\n",
    "f'a{{'\n",
    "f'}}b'\n",
    "f'{x:}'\n",
    "f'{x:{y}}'\n",
    "f'{x:{y}.{z}f}'\n",
    "f\"{f'{x}'}\"\n",
    "f'{\"nested\"}'\n",
    "f'''multi\nline {x}\nend'''\n",
    "f'''{\nx\n}'''\n",
    "f'{x:%H:%M}'\n",
    "f'{x!s}'\n",
    "f'{ x = }'\n",
    "rf'\\d{x}'\n",
    "F'x' fR'y{z}'\n",
    "t'hello {name}'\n",
    "t'{x:>10}' + T'a'\n",
    "f'\\N{BULLET} {x}'\n",
    "f'{x:\\N{BULLET}}'\n",
    "f'a\\{x}'\n",
    "f''\n",
    "f'{a}{b}'\n",
    "f'{a[\"k\"]}'\n",
    "f'{lambda: 1}'\n",
    "f'{x:=5}'\n",
    "f'{(x:=5)}'\n",
    "f'{x}' f'{y}'\n",
    "f'''a\n{x:\n}'''\n",
    "f'{x # comment\n}'\n",
    "f'''{x # comment\n}'''\n",
    "f'{1 +\n 2}'\n",
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
