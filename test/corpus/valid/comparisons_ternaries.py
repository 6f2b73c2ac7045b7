# chained comparisons with every operator; nested ternaries; boolean ops
a < b
a > b
a == b
a >= b
a <= b
a != b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c == d != e > f >= g is h is not i in j not in k
a<b>c
a  is  not  b
a not  in b
a is not (not b)
(a < b) < c
a < (b < c)
not a < b
not not a
-a < -b
a | b < c & d
a < b | c
a + b == c * d
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
lambda: a if b else c
a or b and c
a and b or c
a or b or c or d
a and b and c
not a and not b or not c
(a or b) and c
a and (b or c)
a if b or c else d and e
[a if b else c for d in e if f if g]
x = a if b else (c if d else (e if f else g))
x = 1 if 2 < 3 < 4 else 5 if 6 == 6 != 7 else 8
a < b == c if d is not e else f in g
a @ b
a @= b
a // b ** -c
-a ** -b
a ** b ** c
(-a) ** b
~a ** b
a << b >> c
a & b ^ c | d
not a == b
a is (not b)
