def nested(a, b):
    try:
        try:
            r = a / b
        except ZeroDivisionError:
            print("inner zero")
            r = None
            raise ValueError("converted")
        else:
            print("inner else")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        r = "fallback"
    else:
        print("outer else")
    finally:
        print("outer finally")
    return r

print(nested(4, 2))
print(nested(1, 0))
