import math

class Color:
    RED = 1
    GREEN = 2

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case math.pi:
            return "pi"
        case -1:
            return "minus one"
        case other:
            return "unknown %r" % (other,)

for c in (1, 2, math.pi, -1, 2.5, 9):
    print(name(c))
