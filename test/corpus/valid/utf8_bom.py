# file with a UTF-8 BOM
x = "é"; y = 1
def f(): return x
