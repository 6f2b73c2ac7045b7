total = 0
flag = False

def add(n):
    global total
    total += n

def toggle():
    global flag
    flag = not flag
    return flag

def scoped():
    x = 1
    def change():
        nonlocal x
        x = x * 10
    change()
    change()
    return x

for i in range(4):
    add(i)
print(total)
print(toggle(), toggle())
print(scoped())
