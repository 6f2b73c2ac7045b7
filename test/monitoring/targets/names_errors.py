def unbound():
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__)
    value = 1
    return value

def uses_deleted():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)

print(unbound())
print(uses_deleted())
try:
    undefined_global
except NameError as e:
    print(e)
