# tokens glued together without whitespace, and other tokenizer corner cases
x = 1if y else 2
x = 0 if 1else 2
x = 0 if 0else 2
x = 0 if 1.0else 2
x = 0 if 1_0else 2
x = 0 if 1e5else 2
x = 0 if 1jelse 2
x = 0 if 0o7else 2
x = 0 if 0b1else 2
x = [0x1for x in y]
x = [1for x in y]
x = 1or 2
x = 1and 2
x = 1in y
x = 1is y
x = 1not in y
x = 1 .real
x = 1..real
x = 1.j
x = 1.e5
x = ...
x = ....__class__
x = a.b
x = a .b
x = a. b
x = a . b
x = (a
     .b
     .c)
x=1
x=-1
x=a[1]if b else c
x=[a]+[b]
x=a<b>c
x=a<=b>=c
x=a==b!=c
x=a**b//c
x>>=1
x<<=1
x//=1
x**=1
x@=1
x = 1;x = 2
x = f"a"f"b"
x = "a""b"'c'
x = b"a"b"b"
x = rb"a"Rb"b"
x = u"a"u"b"
x = (1)(2)
x = [1][0]
x = {1}|{2}
x = a!=b
x = ~a
x = a!=~b
