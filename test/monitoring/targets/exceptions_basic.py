class MyError(Exception):
    pass

def inner(x):
    if x > 1:
        raise MyError(x)
    return x

def middle(x):
    try:
        return inner(x)
    finally:
        print("finally", x)

def outer():
    for x in range(3):
        try:
            middle(x)
        except MyError as e:
            print("handled", e)
    try:
        try:
            {}["missing"]
        except KeyError:
            raise
    except KeyError as e:
        print("reraised", repr(e))
    try:
        int("x")
    except ValueError as e:
        print(e)

outer()
