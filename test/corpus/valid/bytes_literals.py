# bytes literals of all prefixes and escapes
a = b"bytes"
b = B'BYTES'
c = br"raw\d"
d = Br"raw\d"
e = bR"raw\d"
f = BR"raw\d"
g = rb"raw\d"
h = Rb"raw\d"
i = rB"raw\d"
j = RB"raw\d"
k = b"\x00\x7f\x80\xff\n\t\\\'\"\101\7\0\a\b\f\v\r"
l = b"a" b'b' b"""c""" b'''d'''
m = b"""multi
line\
bytes"""
n = b""
o = (b"con"
     b"cat"
     rb"\enated")
p = b'\'' b"\""
q = b"line\
continue"
r = br'\''
s = b"\N{EM DASH}" if False else None
