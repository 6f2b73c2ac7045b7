# indentation: deep nesting, multi-level dedents, comments and blank lines at odd columns
if a:
    if b:
        if c:
            if d:
                if e:
                    x = 1
x = 2
if a:
        x = 1
        if b:
                  y = 2
        z = 3
def f():
  a = 1
  # comment at block indentation
      # comment deeper
# comment at column 0
  b = 2
    
  c = 3
	
  return a
class C:

    x = 1


    def m(self):

        pass



y = 4
for i in x:
 for j in y:
  for k in z:
   pass
while x:
     pass
try:
 pass
except E:
       pass
else:
   pass
finally:
         pass
if a:
    pass
    # trailing comment at end of block
# comment
        # deeper comment after dedent
z = 5
if a:
    if b:
        pass
    # comment between dedents
else:
    pass
def g():
    def h():
        def i():
            return 1
        return i
    return h
w = 6
