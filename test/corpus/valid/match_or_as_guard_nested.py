# or-patterns, as-patterns, guards, nesting of matches
match value:
    case 1 | 2 | 3 as small:
        pass
    case (1 | 2) as n if n > 1:
        pass
    case [1, 2] as lst:
        pass
    case [a as b, (c as d) as e]:
        pass
    case {"k": [1, 2] as v} as whole:
        pass
    case Point(x=0 as zero) as p:
        pass
    case str() | bytes() as s if len(s) > 3 and s[0] == "x":
        pass
    case _ as anything if (anything := anything) is not None:
        pass
    case x if x if x else y:
        pass
    case y if (lambda: y)():
        pass
    case z if [w for w in z if w]:
        pass
match a:
    case 1:
        match b:
            case 2:
                match c:
                    case 3:
                        pass
                    case _:
                        pass
            case [*_]:
                pass
    case {"x": {"y": [Point(x=[1 | 2 as q]) as r]}} if q and r:
        pass
match (a, b):
    case (1, 2) | (2, 1):
        pass
    case ((1 as o) | (2 as o), _):
        pass
match a:
  case 1: pass
  case 2:
   pass
  case 3: x = 1; y = 2
