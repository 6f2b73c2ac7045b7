# sequence patterns: [..], (..), open, with stars
match seq:
    case []:
        pass
    case ():
        pass
    case [1]:
        pass
    case (1,):
        pass
    case 1,:
        pass
    case 1, 2:
        pass
    case [1, 2,]:
        pass
    case (1, 2,):
        pass
    case [*rest]:
        pass
    case [*_]:
        pass
    case (*_,):
        pass
    case *a, b:
        pass
    case a, *b:
        pass
    case [a, *_, b]:
        pass
    case (first, *mid, last):
        pass
    case [[1, 2], [3, *r]]:
        pass
    case [(a, b), (c, d), *_]:
        pass
    case [1, [2, [3, [4, [*deep]]]]]:
        pass
    case [x, y] | (x, y, _):
        pass
    case *_, :
        pass
    case [*_, 0]:
        pass
    case [
        1,
        2,  # comment
        *tail,
    ]:
        pass
match a, b:
    case 1, 2: pass
match *a, b:
    case _: pass
match a, *b:
    case _: pass
match [a, b]:
    case [_, _]: pass
