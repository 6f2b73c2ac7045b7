# mapping patterns with **rest; class patterns positional + keyword
match m:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1, "b": 2,}:
        pass
    case {"a": x, **rest}:
        pass
    case {**rest}:
        pass
    case {1: a, -1: b, 1+2j: c, b"k": d, None: e, True: f, K.V: g}:
        pass
    case {"nested": {"deep": [1, *_]}, **kw}:
        pass
    case {"a": {"b": {"c": {"d": x}}}}:
        pass
    case {'x': 1 | 2 as v}:
        pass
    case {
        "multi": 1,
        # comment inside
        "line": _,
        **others,
    }:
        pass
match obj:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point(a, b, c=3, d=_):
        pass
    case mod.sub.Cls(x, _) if x:
        pass
    case Cls(Cls(Cls(1)), k=Cls(k=Cls()),):
        pass
    case int() | float() | str(x):
        pass
    case Point(x=[1, 2, *_], y={"k": v}):
        pass
    case A(1,) | B(k=2,):
        pass
    case C(
        1,
        k=2,
    ):
        pass
