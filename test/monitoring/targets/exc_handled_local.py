def parse(s):
    try:
        n = int(s)
    except ValueError:
        n = -1
    else:
        n += 1
    return n

def multi(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "zero"
    except TypeError as e:
        return "type"

print(parse("4"), parse("q"))
print(multi(2), multi(0), multi("a"))
