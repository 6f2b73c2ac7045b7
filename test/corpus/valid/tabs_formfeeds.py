# tabs and form feeds in indentation
if x:
	pass
	if y:
		pass
		
	else:
		z = 1
if a:
    pass
    
    b = 2
class C:
	def f(self):
		return 1

	def g(self):
		# comment
		return 2

def h():
        x = 1
        if x:
        	y = 2
        return x
x = [1,
	2,3]
# form feed before comment
y = 1
