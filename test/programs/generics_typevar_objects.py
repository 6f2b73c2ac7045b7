# TypeVar, ParamSpec, TypeVarTuple and TypeAliasType objects built directly from their classes


def template[T, **P, *Ts]():
    pass


T0, P0, Ts0 = template.__type_params__
TypeVar, ParamSpec, TypeVarTuple = type(T0), type(P0), type(Ts0)
type Alias = list[int]
TypeAliasType = type(Alias)


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__ + ":", e)


show("plain", lambda: TypeVar("U"))
show("constraints", lambda: TypeVar("N", int, float).__constraints__)
show("bound", lambda: TypeVar("B", bound=str).__bound__)
show("covariant", lambda: TypeVar("Co", covariant=True))
show("contravariant", lambda: TypeVar("Contra", contravariant=True))
show("infer", lambda: TypeVar("Inf", infer_variance=True))
show("default", lambda: TypeVar("D", default=int).__default__)
show("no default", lambda: TypeVar("ND").has_default())
show("module", lambda: TypeVar("M").__module__)
show("single constraint", lambda: TypeVar("S", int))
show("constraints and bound", lambda: TypeVar("X", int, str, bound=int))
show("bivariant", lambda: TypeVar("Bi", covariant=True, contravariant=True))
show("infer and variance", lambda: TypeVar("IV", covariant=True, infer_variance=True))
show("name type", lambda: TypeVar(5))
show("no name", lambda: TypeVar())
show("bad kw", lambda: TypeVar("K", colour="red"))
show("paramspec", lambda: (ParamSpec("P"), ParamSpec("P").args, ParamSpec("P").kwargs))
show("typevartuple", lambda: (TypeVarTuple("Ts"), TypeVarTuple("Ts").__name__))
show("alias", lambda: TypeAliasType("Pair", tuple[int, int]))
show("alias value", lambda: TypeAliasType("Pair", tuple[int, int]).__value__)
show("alias params", lambda: TypeAliasType("Box", list, type_params=(T0,)).__type_params__)
show("alias subscript", lambda: TypeAliasType("Box", list, type_params=(T0,))[int])
show("alias missing value", lambda: TypeAliasType("Nothing"))
show("union", lambda: TypeVar("U") | None)
show("alias union", lambda: Alias | str)
show("generic alias params", lambda: dict[str, T0].__parameters__)
show("pep695 variance", lambda: (T0.__covariant__, T0.__contravariant__, T0.__infer_variance__))
show("pep695 module", lambda: (T0.__module__, Alias.__module__))
show("subclass typevar", lambda: type("Sub", (TypeVar,), {}))
