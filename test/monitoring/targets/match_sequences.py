def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one %r" % (a,)
        case [a, b]:
            return "two %r %r" % (a, b)
        case [first, *rest]:
            return "many %r %d" % (first, len(rest))
        case _:
            return "not a sequence"

def pair(p):
    match p:
        case (0, y):
            return "on y axis at %d" % y
        case (x, 0):
            return "on x axis at %d" % x
        case (x, y) if x == y:
            return "diagonal"
        case (x, y):
            return "point"

for v in ([], [1], (1, 2), [1, 2, 3], "s", 5):
    print(seq(v))
for p in ((0, 3), (4, 0), (2, 2), (1, 5)):
    print(pair(p))
