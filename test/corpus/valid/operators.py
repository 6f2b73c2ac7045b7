# operators: all binary/unary/boolean ops and precedence interplay
a + b - c * d / e // f % g ** h @ i
a << b >> c & d ^ e | f
-a + +b - ~c
not a or not b and not c
a ** -b
-a ** b
a ** b ** c
(a ** b) ** c
a * (b + c)
(a + b) * c
a - (b - c)
a - b - c
a / b / c
a // b % c
a @ b @ c
~~a
--a
+-+-a
not not not a
a if b else c or d
(a or b) if (c and d) else (e or f)
a | b & c ^ d
a & (b | c)
a << 1 >> 2 << 3
a + b * c ** d
a ** b * c + d
a < b + c
a + (b < c)
a is b + c
a in b | c
1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8
x = a.b.c(d)[e].f ** g
x = -a.b
x = -a[0]
x = -a()
x = not a.b
x = await_ ** 2
x = (-1) ** 2
x = 2 ** -1
x = a+b-c*d/e
x = a+-b
x = a- -b
x = a--b
x = a+++b
x = a**-~+b
print >>sys.stderr, "x"
x = 1 if 2 else 3 if 4 else 5
x = a or b or c and d and e or f
x = (a, b) + (c,)
x = [a] * 3
x = "s" % (a,)
x = "s" "t" * 2
