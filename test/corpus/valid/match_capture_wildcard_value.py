# capture, wildcard, value (dotted) and group patterns
match command.split():
    case []:
        pass
    case [action]:
        print(action)
    case [action, obj]:
        print(action, obj)
    case _:
        pass
match x:
    case a.b:
        pass
    case a.b.c.d:
        pass
    case Color.RED | Color.GREEN:
        pass
    case (Color.BLUE):
        pass
    case ((((z)))):
        pass
    case (_):
        pass
    case (1 | 2) | (3 | (4)):
        pass
    case (y) if y > 0:
        pass
    case name:
        pass
match x:
    case _ if cond:
        pass
    case _:
        pass
match x:
    case ( 1 ) : pass
    case (a.b) | (c.d.e): pass
