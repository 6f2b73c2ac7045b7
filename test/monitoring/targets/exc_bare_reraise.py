def inner():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging")
        raise

def middle():
    try:
        inner()
    except ValueError as e:
        print("middle saw", e)
        raise

try:
    middle()
except ValueError as e:
    print("top saw", e)

def cond(flag):
    try:
        return 1 / flag
    except ZeroDivisionError:
        if flag == 0:
            raise
        return None

try:
    cond(0)
except ZeroDivisionError:
    print("re-raised zero")
print(cond(2))
