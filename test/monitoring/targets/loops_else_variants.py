def loop_else(items):
    for x in items:
        if x < 0:
            print("negative found")
            break
    else:
        print("all non-negative")

def while_else(n):
    while n:
        n -= 1
        if n == 10:
            break
    else:
        print("while exhausted")
    return n

def empty_for():
    for _ in []:
        print("never")
    else:
        print("empty else")

loop_else([1, 2])
loop_else([1, -2, 3])
print(while_else(3), while_else(12))
empty_for()
