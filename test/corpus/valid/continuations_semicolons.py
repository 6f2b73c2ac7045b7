# backslash continuations in odd places; ;-separated statements
x = 1 + \
    2
if x \
   and y:
    pass
def \
    f(a, \
      b): \
    return a
class \
C: pass
x = [1, \
     2]
y = \
\
1
import \
    os
from os \
    import \
    path
with open(f) \
     as g: pass
for i \
  in x: pass
while \
  x: break
a = b \
  if c \
  else d
z = "str" \
    "ing"
assert x, \
  "m"
del \
  x
return_ = lambda \
  a: a
x = 1; y = 2; z = 3
x = 1;
if x: a = 1; b = 2
if x: a = 1; b = 2;
for i in x: pass; pass
while 0: pass;
def g(): return 1; pass
class D: x = 1; y = 2
import os; import sys
x = 1 ;y = 2 ; z = 3
\
x = 1
if True:
    x = 1; \
    y = 2
    \
    z = 3
a = (1 +
     2) \
    + 3
