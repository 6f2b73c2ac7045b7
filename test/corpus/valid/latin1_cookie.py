# -*- coding: latin-1 -*-
# latin-1 file with an encoding cookie
x = "café"; y = 1
z = "üäö" + x
nameé = 1
f"{nameé}é{x}"
