def ret_try():
    try:
        return "from try"
    finally:
        print("finally after return")

def loop_finally(n):
    for i in range(n):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
    return -1

def overwrite():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x now", x)

def break_in_try():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "after loop"

print(ret_try())
print(loop_finally(5))
print(overwrite())
print(break_in_try())
