def f():
    try:
        return "try"
    finally:
        print("cleanup")

def g():
    try:
        raise ValueError("body")
    finally:
        print("finally runs")

def h():
    try:
        try:
            raise KeyError("a")
        finally:
            raise IndexError("from finally")
    except IndexError as e:
        return "got %r ctx %r" % (e, e.__context__)

def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)

print(f())
try:
    g()
except ValueError as e:
    print("caught", e)
print(h())
k()
