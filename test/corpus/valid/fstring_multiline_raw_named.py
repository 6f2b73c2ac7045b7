# f-strings: multi-line triple-quoted, comments inside, backslashes in expressions, raw, \N{...}
x = 1; items = [1, 2]
s = f"""
header {x}
{
    x  # a comment inside the replacement field
    + 1
}
{x:>10}
  {'\n'.join(str(i) for i in items)}
footer"""
t = f'''{
x
=
}'''
u = f"""{x
:>{
10
}}"""
v = f"""{
    [
        i  # comment
        for i in items
    ]
}"""
w = f"{'\\'.join(['a', 'b'])}"
rf"\d+{x}\w"
fr"\n{x}"
Rf"{x}\s"
fR"{x!r}\\"
RF"{x}"
FR"{x}"
rf'{x:\d}'
rf"{'\n'}"
rf"""{x}
\raw line"""
f"\N{EM DASH}{x}\N{BULLET}"
f"{x}\N{DEGREE SIGN}"
f"\N{NO-BREAK SPACE}"
f"{x:\N{BULLET}^10}"
f"\N{em dash} lower"
f"{'\N{DEGREE SIGN}'}"
f"a\N{EM DASH}b{x}c\N{EM DASH}d"
rf"\N{x}"
"\N{EM DASH}" f"{x}" "\N{BULLET}"
f"{x}" \
f"{x}"
f"{x!r:\t>10}"
f"""{x!r}
{x = }
{x
 = }
"""
f"""{'''inner
triple'''}"""
f'''{"""a""" + '''b'''}''' if False else None
f"{x
}"
f"{
x}"
f"{x:{
'>'}10}"
f"{x:a\
b}"
f"{'a' if x else 'b'}" f'''{x}''' """plain"""
f"{x:{x}{x}{x}}"
f"{x:a{x}b{x}c}"
f"{f'{x:{x}}':{x}}"
f"{x # comment inside a debug expression
=}"
f"""{x  # comment
   = !r:>10}"""
