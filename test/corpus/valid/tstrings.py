# PEP 750 template strings: same forms as f-strings
x = 1; y = "s"; width = 10; prec = 3
t"{x}"
t'{x!r}'
t"{x!s:>10}"
t"{x!a}"
t"{x=}"
t"{x = }"
t"{ x = }"
t"{x=!r}"
t"{x = !s:^20}"
t"{x=:.2f}"
t"{x:{width}.{prec}f}"
t"{x:{'>' if x else '<'}{width}}"
t"{"nested same quotes"}"
t"{t"{t"{t"{x}"}"}"}"
t"{f"{t'{f'{x}'}'}"}"
t"{{literal}} {x} }}{{"
t""
t''
T"{x}"
t"plain text only"
t"{x}" t"{y}"
t"{x}" t"plain" t'''{y}'''
t"{x:{x:{x}}}"
rt"\d{x}"
tr"\d{x}"
Rt"{x}\s"
tR"{x}"
RT"{x}"
TR"{x}"
t"\N{EM DASH}{x}\N{BULLET}"
t"""
{
    x  # comment
    + 1
}
{x:>10}
"""
t"{(lambda: 1)()}"
t"{x, y}"
t"{*[x], }"
t"{(x := 2)}"
t"{x:%Y}"
t"{'\n'.join(y)}"
t"text é {x} 日本 {y}"
t"{x}\
continued"
t"""{x
=
}"""
t"{ {x} }"
t"{ {'a': 1}['a'] !r:>{width}}"
t"{x!r:}"
t"{x:}"
t"{x:{t'{width}'}}"
